"""The client modes a namespace is typed by: which result each method gives (a leaf module, cheap to import).

``ChatAi[Sync]`` is ``client.chat_ai``; ``ChatAi[RawAsync]`` is ``async_client.with_raw_response.chat_ai``.
"""

from __future__ import annotations

from typing import TypeVar

ModeT = TypeVar("ModeT")


class Sync:
    """Mode of a namespace on :class:`~imbrace.ImbraceClient`: methods return their result."""


class Async:
    """Mode of a namespace on :class:`~imbrace.AsyncImbraceClient`: methods return awaitables."""


class RawSync:
    """``client.with_raw_response``: methods return an :class:`~imbrace.APIResponse`."""


class RawAsync:
    """``async_client.with_raw_response``: methods return an awaitable :class:`~imbrace.AsyncAPIResponse`."""


class StreamingSync:
    """``client.with_streaming_response``: methods return a context manager over the unread response."""


class StreamingAsync:
    """``async_client.with_streaming_response``: methods return an async context manager."""
