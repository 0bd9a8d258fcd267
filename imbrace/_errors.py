"""The exception hierarchy: everything the SDK raises is an :class:`ImbraceError`.

Status errors carry the status, the parsed body, the request id, the method, the redacted URL and how
many retries were taken. Stream errors carry the text received before the stream failed, so a caller
can show it, labelled as partial.
"""

from __future__ import annotations

from typing import Any

__all__ = [
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
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "ResponseTooLargeError",
    "StreamError",
    "IncompleteStreamError",
    "StreamEventError",
    "StreamAbortedError",
    "OversizedEventError",
    "FlowTimeoutError",
]


class ImbraceError(Exception):
    """Base class of every error this SDK raises."""


class InvalidRequestError(ImbraceError, ValueError):
    """Bad input, found before any request was sent. ``param`` names the offending field."""

    def __init__(self, param: str, message: str) -> None:
        super().__init__(f"{param}: {message}")
        self.param = param


class APIError(ImbraceError):
    """An error tied to one HTTP exchange."""

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        url: str | None = None,
        body: Any = None,
        request_id: str | None = None,
        retries_taken: int = 0,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url
        self.body = body
        self.request_id = request_id
        self.retries_taken = retries_taken

    @property
    def retried(self) -> bool:
        return self.retries_taken > 0


class APIStatusError(APIError):
    """The server answered with a status >= 400."""

    status_code: int = 0

    def __init__(
        self, message: str, *, status_code: int, headers: dict[str, str] | None = None, **kw: Any
    ) -> None:
        super().__init__(message, **kw)
        self.status_code = status_code
        self.headers: dict[str, str] = headers or {}


class BadRequestError(APIStatusError):
    status_code = 400


class AuthenticationError(APIStatusError):
    status_code = 401


class PermissionDeniedError(APIStatusError):
    status_code = 403


class NotFoundError(APIStatusError):
    status_code = 404


class RequestTimeoutError(APIStatusError):
    status_code = 408


class ConflictError(APIStatusError):
    status_code = 409


class PayloadTooLargeError(APIStatusError):
    status_code = 413


class UnprocessableEntityError(APIStatusError):
    status_code = 422


class RateLimitError(APIStatusError):
    status_code = 429


class InternalServerError(APIStatusError):
    """Any 5xx; the common ones have subclasses."""

    status_code = 500


class BadGatewayError(InternalServerError):
    status_code = 502


class ServiceUnavailableError(InternalServerError):
    status_code = 503


class GatewayTimeoutError(InternalServerError):
    status_code = 504


class FlowTimeoutError(GatewayTimeoutError):
    """A synchronous flow trigger got no "Return Response" from the flow before the gateway gave up."""


class APIConnectionError(APIError):
    """The request could not be completed: connection refused, reset, or a broken response."""


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout."""


class APIResponseValidationError(APIError):
    """The server answered 2xx, but the body does not have the shape the spec promises."""


class ResponseTooLargeError(APIError):
    """A JSON response exceeded the client's ``max_response_bytes``."""


class StreamError(APIError):
    """A streamed reply failed. ``partial_text`` holds the text received before it failed."""

    def __init__(self, message: str, *, partial_text: str = "", **kw: Any) -> None:
        super().__init__(message, **kw)
        self.partial_text = partial_text


class IncompleteStreamError(StreamError):
    """The stream ended (or the connection broke) before its ``finish`` chunk or ``[DONE]``."""


class StreamEventError(StreamError):
    """The server sent an ``error`` chunk; ``error_text`` is its message."""

    def __init__(self, error_text: str, **kw: Any) -> None:
        super().__init__(f"the stream reported an error: {error_text}", **kw)
        self.error_text = error_text


class StreamAbortedError(StreamError):
    """The server sent an ``abort`` chunk; ``reason`` says why, when it says."""

    def __init__(self, reason: str | None, **kw: Any) -> None:
        super().__init__(f"the stream was aborted: {reason or 'no reason given'}", **kw)
        self.reason = reason


class OversizedEventError(StreamError):
    """A server-sent event grew past the decoder's ``max_event_chars`` without ending: a broken or
    hostile server. The chat helpers report it as :class:`IncompleteStreamError` with the partial text."""


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    cls.status_code: cls
    for cls in (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        RequestTimeoutError,
        ConflictError,
        PayloadTooLargeError,
        UnprocessableEntityError,
        RateLimitError,
        InternalServerError,
        BadGatewayError,
        ServiceUnavailableError,
        GatewayTimeoutError,
    )
}


def status_error_class(status: int) -> type[APIStatusError]:
    """The most specific class for ``status``."""
    cls = _STATUS_CLASSES.get(status)
    if cls is not None:
        return cls
    return InternalServerError if status >= 500 else APIStatusError
