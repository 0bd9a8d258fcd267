"""The exception hierarchy: everything the SDK raises is an :class:`ImbraceError`.

The official SDK's three families are real base classes, so code written for it catches our errors
unchanged: :class:`AuthError` (401 and 403), :class:`ApiError` (every other status error; a sibling of
``AuthError``, not its parent) and :class:`NetworkError` (no answer: connection failures and timeouts).
Every status error is exactly one of ``AuthError`` and ``ApiError``; our finer classes subclass them.

Status errors carry the status, the parsed body, the request id, the method, the redacted URL and how
many retries were taken. Stream errors carry the text received before the stream failed, so a caller
can show it, labelled as partial.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "ImbraceError",
    "AuthError",
    "MissingCredentialError",
    "ApiError",
    "NetworkError",
    "InvalidRequestError",
    "RetiredMethodError",
    "APIError",
    "APIStatusError",
    "OtherStatusError",
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


def _restore(cls: type[ImbraceError], args: tuple[Any, ...], state: dict[str, Any]) -> ImbraceError:
    """Unpickle an error without calling its ``__init__`` (whose keyword-only arguments pickle cannot
    pass): the arguments and every attribute come back as they were."""
    exc = Exception.__new__(cls)
    exc.args = args
    exc.__dict__.update(state)
    return exc


class ImbraceError(Exception):
    """Base class of every error this SDK raises.

    Every error survives ``pickle`` (a ``ProcessPoolExecutor`` worker's error reaches the parent) with
    its class, message, status and body.
    """

    args: tuple[Any, ...]  # rewritten by _redact and _restore, as on any exception

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (type(self), self.args, dict(self.__dict__)))

    def _redact(self, secrets: tuple[str, ...]) -> None:
        """Mask every secret in this error's message and text attributes, in place (a server may echo
        a credential back in the text the error carries)."""
        if not secrets:
            return
        from ._logging import redact_text, redact_value

        self.args = tuple(redact_text(a, secrets) if isinstance(a, str) else a for a in self.args)
        for name, value in list(self.__dict__.items()):
            if isinstance(value, str):
                self.__dict__[name] = redact_text(value, secrets)
            elif name == "body":
                self.__dict__[name] = redact_value(value, secrets)


class AuthError(ImbraceError):
    """The server answered 401 or 403: credentials missing, invalid, expired, or without the right.

    Never retried. Raised as :class:`AuthenticationError` (401) or :class:`PermissionDeniedError` (403),
    which carry ``status_code`` and ``message``.
    """

    status_code: int
    message: str


class MissingCredentialError(AuthError):
    """The client has no credential (no ``api_key``, no ``access_token``) for a call that needs one.

    Raised before anything is sent; ``status_code`` is the 401 the server would have answered. The calls
    that need no credential (sign-in, health) never raise it.
    """

    status_code: int = 401

    def __init__(self, call: str) -> None:
        self.call: str = call
        self.message: str = (
            f"{call} needs a credential, and this client has none. Pass api_key=... (or "
            "access_token=... with organization_id=...) to the client, or set IMBRACE_API_KEY (or "
            "IMBRACE_ACCESS_TOKEN with IMBRACE_ORGANIZATION_ID) in the environment, or sign in first "
            "with client.login(email, password) or client.login_with_otp(email, code). Nothing was sent."
        )
        super().__init__(self.message)


class ApiError(ImbraceError):
    """The server answered with any other error status (4xx other than 401/403, 5xx, a 3xx not followed).

    Raised as one of the status classes (:class:`NotFoundError`, :class:`RateLimitError`, ... or
    :class:`OtherStatusError`), which carry ``status_code`` and ``message``.
    """

    status_code: int
    message: str


class NetworkError(ImbraceError):
    """No answer: the connection failed, broke, or timed out. ``status_code`` is None.

    Raised as :class:`APIConnectionError` or :class:`APITimeoutError`.
    """

    status_code: None = None
    message: str


class InvalidRequestError(ImbraceError, ValueError):
    """Bad input, found before any request was sent. ``param`` names the offending field."""

    def __init__(self, param: str, message: str) -> None:
        super().__init__(f"{param}: {message}")
        self.param = param


class RetiredMethodError(ImbraceError):
    """A method the official package still has, whose route the Imbrace platform no longer serves: it
    raises this and sends nothing. ``method`` is its name (``"platform.list_rooms"``); ``instead`` says
    what to use instead, or is empty when nothing replaces it."""

    def __init__(self, method: str, instead: str = "") -> None:
        hint = instead or "There is no replacement."
        super().__init__(f"{method}() is retired upstream: the Imbrace platform no longer serves it. {hint}")
        self.method = method
        self.instead = instead


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
    """The server answered with an error status. Constructing this class itself gives the class for the
    status (see :func:`status_error_class`), so every status error is an :class:`AuthError` or an
    :class:`ApiError`."""

    status_code: int = 0

    def __new__(cls, message: str, *, status_code: int, **kw: Any) -> APIStatusError:
        concrete = status_error_class(status_code) if cls is APIStatusError else cls
        return super().__new__(concrete, message)

    def __init__(
        self, message: str, *, status_code: int, headers: dict[str, str] | None = None, **kw: Any
    ) -> None:
        super().__init__(message, **kw)
        self.status_code = status_code
        self.headers: dict[str, str] = headers or {}


class OtherStatusError(APIStatusError, ApiError):
    """An error status with no class of its own (an unlisted 4xx, or a 3xx the client did not follow)."""


class BadRequestError(APIStatusError, ApiError):
    status_code = 400


class AuthenticationError(APIStatusError, AuthError):
    status_code = 401


class PermissionDeniedError(APIStatusError, AuthError):
    status_code = 403


class NotFoundError(APIStatusError, ApiError):
    status_code = 404


class RequestTimeoutError(APIStatusError, ApiError):
    status_code = 408


class ConflictError(APIStatusError, ApiError):
    status_code = 409


class PayloadTooLargeError(APIStatusError, ApiError):
    status_code = 413


class UnprocessableEntityError(APIStatusError, ApiError):
    status_code = 422


class RateLimitError(APIStatusError, ApiError):
    status_code = 429


class InternalServerError(APIStatusError, ApiError):
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


class APIConnectionError(APIError, NetworkError):
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
    """The most specific class for ``status``: never the bare :class:`APIStatusError`."""
    cls = _STATUS_CLASSES.get(status)
    if cls is not None:
        return cls
    return InternalServerError if status >= 500 else OtherStatusError
