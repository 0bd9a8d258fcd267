"""imbrace: the Python SDK for the Imbrace AI platform.

    from imbrace import ImbraceClient
    client = ImbraceClient(api_key="api_...")
    for text in client.ai_agent.stream_chat_text({"assistant_id": ..., "messages": [...]}):
        print(text, end="", flush=True)

Public names load lazily (PEP 562), so ``import imbrace`` costs little more than ``import httpx``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import _errors
from ._errors import *  # noqa: F403 - the error classes are cheap (no dependencies) and always needed
from ._version import __version__

if TYPE_CHECKING:
    from ._chat_session import AsyncChatSession, ChatSession
    from ._client import AsyncImbraceClient, ImbraceClient
    from ._config import ENVIRONMENTS
    from ._page import Page
    from ._response import APIResponse, AsyncAPIResponse
    from ._streaming import AsyncStreamedResponse, ServerSentEvent, SSEDecoder, StreamedResponse

__all__ = [
    "__version__",
    "ImbraceClient",
    "AsyncImbraceClient",
    "ChatSession",
    "AsyncChatSession",
    "ENVIRONMENTS",
    "ServerSentEvent",
    "SSEDecoder",
    "StreamedResponse",
    "AsyncStreamedResponse",
    "APIResponse",
    "AsyncAPIResponse",
    "Page",
]
__all__ += _errors.__all__

_LAZY = {
    "ImbraceClient": "_client",
    "AsyncImbraceClient": "_client",
    "ChatSession": "_chat_session",
    "AsyncChatSession": "_chat_session",
    "ENVIRONMENTS": "_config",
    "ServerSentEvent": "_streaming",
    "SSEDecoder": "_streaming",
    "StreamedResponse": "_streaming",
    "AsyncStreamedResponse": "_streaming",
    "APIResponse": "_response",
    "Page": "_page",
    "AsyncAPIResponse": "_response",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'imbrace' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"imbrace.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
