"""``client.chat_ai``: AI agents and assistants (`/v3/ai`)."""

from __future__ import annotations

from ._base import AsyncResource, SyncResource


class ChatAi(SyncResource):
    """Sync ``client.chat_ai``."""

    _service = "gateway"


class AsyncChatAi(AsyncResource):
    """Async ``client.chat_ai``."""

    _service = "gateway"
