"""imbrace: the Python SDK for the Imbrace AI platform.

    from imbrace import ImbraceClient
    client = ImbraceClient(api_key="api_...")
    for text in client.ai_agent.stream_chat_text({"assistant_id": ..., "messages": [...]}):
        print(text, end="", flush=True)

Public names load lazily (PEP 562), so ``import imbrace`` costs little more than ``import httpx``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from ._client import AsyncImbraceClient, ImbraceClient
    from ._config import ENVIRONMENTS
    from ._errors import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadGatewayError,
        BadRequestError,
        ConflictError,
        FlowTimeoutError,
        GatewayTimeoutError,
        ImbraceError,
        IncompleteStreamError,
        InternalServerError,
        InvalidRequestError,
        NotFoundError,
        PayloadTooLargeError,
        PermissionDeniedError,
        RateLimitError,
        RequestTimeoutError,
        ResponseTooLargeError,
        ServiceUnavailableError,
        StreamAbortedError,
        StreamError,
        StreamEventError,
        UnprocessableEntityError,
    )
    from ._streaming import AsyncStreamedResponse, ServerSentEvent, SSEDecoder, StreamedResponse

__all__ = [
    "__version__",
    "ImbraceClient",
    "AsyncImbraceClient",
    "ENVIRONMENTS",
    "ServerSentEvent",
    "SSEDecoder",
    "StreamedResponse",
    "AsyncStreamedResponse",
    "ImbraceError",
    "InvalidRequestError",
    "APIError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "RequestTimeoutError",
    "ConflictError",
    "PayloadTooLargeError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "BadGatewayError",
    "ServiceUnavailableError",
    "GatewayTimeoutError",
    "FlowTimeoutError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "ResponseTooLargeError",
    "StreamError",
    "IncompleteStreamError",
    "StreamEventError",
    "StreamAbortedError",
]

_LAZY = {
    "ImbraceClient": "_client",
    "AsyncImbraceClient": "_client",
    "ENVIRONMENTS": "_config",
    "ServerSentEvent": "_streaming",
    "SSEDecoder": "_streaming",
    "StreamedResponse": "_streaming",
    "AsyncStreamedResponse": "_streaming",
}


def __getattr__(name: str) -> Any:
    from importlib import import_module

    if name.startswith("_"):  # submodules: `from . import _x` asks here first, then imports it
        raise AttributeError(f"module 'imbrace' has no attribute {name!r}")
    module = _LAZY.get(name)
    if module is None:
        errors = import_module("imbrace._errors")
        if name in errors.__all__:
            return getattr(errors, name)
        raise AttributeError(f"module 'imbrace' has no attribute {name!r}")
    value = getattr(import_module(f"imbrace.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
