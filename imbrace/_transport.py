"""The one transport policy: auth headers, timeouts, retries, typed errors, logging, size limits.

Every call goes through here, streaming or not, sync or async. :class:`Policy` holds all the decisions
and builds requests and errors, and :meth:`Policy.exchange` is the one send loop (retries, backoff,
redirects, size limits, logging), written sans-IO: a generator that yields the I/O it needs as effects
(``(SEND, request)``, ``(CLOSE, response)``, ``(SLEEP, seconds)``, ...) and is sent back their results.
:class:`SyncTransport` and :class:`AsyncTransport` only perform those effects, plainly or awaited.
"""

from __future__ import annotations

import dataclasses
import email.utils
import os
import random
import ssl
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from contextvars import ContextVar
from typing import Any, Generic, Self, TypeVar

import httpx
from httpx._multipart import MultipartStream

from . import _json
from ._config import ClientConfig, TimeoutTypes, origin_of, to_timeout
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    InvalidRequestError,
    ResponseTooLargeError,
    status_error_class,
)
from ._logging import (
    REDACTED,
    is_sensitive_header,
    logger,
    redact_text,
    redact_url,
    redact_value,
    sensitive_values,
    setup_from_env,
)
from ._version import __version__

setup_from_env()

USER_AGENT = f"imbrace-python/{__version__}"
_BODY_KEYS = ("params", "json", "files", "data", "content")
REPLAYABLE_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRY_AFTER_CAP = 60.0  # a server asking for a longer wait gets an error raised instead
BACKOFF_INITIAL = 0.5
BACKOFF_MAX = 8.0
MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Never sent to an origin other than the client's own.
CREDENTIAL_HEADERS = frozenset(
    {"x-api-key", "x-access-token", "authorization", "x-organization-id", "cookie"}
)
# Errors raised before the request could reach the server: safe to retry for any method.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

ClientT = TypeVar("ClientT", httpx.Client, httpx.AsyncClient)
ResultT = TypeVar("ResultT")
SentT = TypeVar("SentT")  # what send returns: the response, or an awaitable of it

# The I/O effects :meth:`Policy.exchange` yields: each is the name of the transport method that performs
# it, paired with that method's one argument. The transport sends back what the method returned.
SEND = "_send"  # a request -> its response, unread
READ = "_read_all"  # a response -> None, its whole body read in one go
CHUNKS = "_chunks"  # a response -> an iterator of its decoded body chunks
NEXT_CHUNK = "_next_chunk"  # that iterator -> its next chunk, None at the end
CLOSE = "_close"  # a response -> None, closed
SLEEP = "_sleep"  # seconds -> None, after waiting them
Effect = tuple[str, Any]

# The monotonic time by which the current attempt must be done, None for none: the transport sets it from
# the request's ``imbrace_deadline`` extension as it sends it, and the network backends of _pool read it
# before every socket operation. A context variable, so each thread and each asyncio task has its own.
DEADLINE: ContextVar[float | None] = ContextVar("imbrace_deadline", default=None)

_ssl_lock = threading.Lock()
_ssl_context: ssl.SSLContext | None = None
# How many forks led to this process: a transport built before a fork sees the count change in the child.
_forks = 0


def _after_fork_in_child() -> None:
    """In a forked child: every pool built before the fork belongs to the parent (its sockets are shared
    with it, its lock may be held by a thread that does not exist here). Transports notice the count."""
    global _forks, _ssl_lock
    _forks += 1
    _ssl_lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)


def shared_ssl_context() -> ssl.SSLContext:
    """One verified SSL context per process: building one costs ~25 ms, so no client builds its own."""
    global _ssl_context
    with _ssl_lock:
        if _ssl_context is None:
            import certifi

            _ssl_context = ssl.create_default_context(cafile=certifi.where())
        return _ssl_context


@dataclasses.dataclass(frozen=True, repr=False)
class RequestOptions:
    """Per-call overrides of the client's policy."""

    timeout: httpx.Timeout | None = None
    max_retries: int | None = None
    idempotency_key: str | None = None
    extra_headers: Mapping[str, str] | None = None
    deadline: float | None = None  # seconds for the whole call, retries and their waits included

    def __repr__(self) -> str:
        headers = {
            k: REDACTED if is_sensitive_header(k) else v for k, v in (self.extra_headers or {}).items()
        }
        return (
            f"RequestOptions(timeout={self.timeout!r}, max_retries={self.max_retries!r}, "
            f"idempotency_key={self.idempotency_key!r}, extra_headers={headers or None!r}, "
            f"deadline={self.deadline!r})"
        )


def make_options(
    *,
    timeout: TimeoutTypes | None = None,
    max_retries: int | None = None,
    idempotency_key: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
    deadline: float | None = None,
) -> RequestOptions:
    if max_retries is not None and (
        isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0
    ):
        raise InvalidRequestError("max_retries", f"must be an integer >= 0, not {max_retries!r}")
    if idempotency_key is not None and (not isinstance(idempotency_key, str) or not idempotency_key):
        raise InvalidRequestError("idempotency_key", "must be a non-empty string")
    return RequestOptions(
        timeout=to_timeout(timeout) if timeout is not None else None,
        max_retries=max_retries,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        deadline=check_deadline(deadline),
    )


def check_deadline(value: object) -> float | None:
    """A ``deadline`` option: None, or a positive number of seconds."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < float("inf"):
        raise InvalidRequestError("deadline", f"must be a positive number of seconds, not {value!r}")
    return float(value)


def attempt_budget(timeout: httpx.Timeout, request: httpx.Request) -> float | None:
    """How long one attempt may take in all: the largest of ``timeout``'s limits (its read timeout for a
    plain number), or None when reads may wait forever. An upload (a multipart or streamed body) has none:
    sending a large file legitimately takes longer, and each write keeps its own timeout."""
    if timeout.read is None or not isinstance(request.stream, httpx.ByteStream):
        return None
    return max(t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t is not None)


NO_OPTIONS = RequestOptions()


def body_replayable(request: httpx.Request) -> bool:
    """Whether the request body can be sent again: bytes can, multipart can when every file seeks
    (httpx rewinds them), and a generator, a pipe or a :class:`~imbrace._files.OneShotReader` cannot.

    Decided once, before the first send (:meth:`Policy.exchange` notes it in the request's extensions):
    a transport that reads the body into memory (``httpx.MockTransport``) must not make a one-shot body
    look replayable afterwards."""
    known = request.extensions.get("imbrace_replayable")
    if known is not None:
        return bool(known)
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):
        return True
    if isinstance(stream, MultipartStream):
        files = [getattr(f, "file", None) for f in stream.fields]
        return all(
            f is None or isinstance(f, str | bytes) or (hasattr(f, "seekable") and f.seekable())
            for f in files
        )
    return False


def safe_headers(response: httpx.Response, secrets: tuple[str, ...]) -> dict[str, str]:
    """Response headers for an error: no cookies, and no secret a server echoed back."""
    return {k: redact_text(v, secrets) for k, v in response.headers.items() if k.lower() != "set-cookie"}


def strip_credentials(headers: Mapping[str, str]) -> dict[str, str]:
    """``headers`` without credentials: for a request that leaves the client's origins."""
    return {
        k: v for k, v in headers.items() if k.lower() not in CREDENTIAL_HEADERS and not is_sensitive_header(k)
    }


def parse_retry_after(headers: httpx.Headers, now: float | None = None) -> float | None:
    """Seconds the server asks us to wait: ``retry-after-ms`` first, then ``Retry-After`` (seconds or
    an HTTP date). None when absent or unreadable."""
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            value = float(ms) / 1000.0
            if value >= 0 and value == value:  # not negative, not NaN
                return value
        except ValueError:
            pass
    text = headers.get("retry-after", "").strip()
    if not text:
        return None
    try:
        seconds = float(text)
        return seconds if seconds >= 0 and seconds == seconds else None
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        return None
    return max(0.0, parsed.timestamp() - (time.time() if now is None else now))


class Policy:
    """What to send, whether to retry, and which error to raise. Shared by both transports."""

    def __init__(self, config: ClientConfig) -> None:
        self.config = config
        self._base_headers = {"user-agent": USER_AGENT, **config.default_headers, **config.auth_headers()}
        self._origins = config.origins
        self._base_prefix = config.base_url + "/"
        self._timeout_ext = config.timeout.as_dict()

    def secrets(self, request: httpx.Request | None = None) -> tuple[str, ...]:
        """Every credential this call carries (the client's and any per-request header's): scrubbed
        from logs, errors and bodies that echo them."""
        extra = sensitive_values(request.headers) if request is not None else ()
        return (*self.config.secrets, *extra) if extra else self.config.secrets

    # -- building ---------------------------------------------------------------------------------
    def build_request(
        self,
        client: httpx.Client | httpx.AsyncClient,
        kwargs: Mapping[str, Any],
        options: RequestOptions,
        accept: str,
        client_defaults: Mapping[str, str] | None = None,
    ) -> httpx.Request:
        """The request, with credentials only when it goes to one of the client's own origins.

        ``client_defaults`` are the default headers of an httpx client the SDK built itself. With them,
        and no cookie jar in use, the request is built directly rather than by ``client.build_request``,
        which would parse the absolute URL twice and merge empty params and cookies: half its cost.
        """
        url = self.config.url_for(kwargs["url"])
        headers = {**client_defaults, **self._base_headers} if client_defaults else dict(self._base_headers)
        headers["accept"] = accept
        headers.update(kwargs.get("headers") or {})
        if options.extra_headers:
            headers.update(options.extra_headers)
        if options.idempotency_key:
            headers["idempotency-key"] = options.idempotency_key
        if not url.startswith(self._base_prefix) and origin_of(url) not in self._origins:
            headers = strip_credentials(headers)
        extra: dict[str, Any] = {k: kwargs[k] for k in _BODY_KEYS if kwargs.get(k) is not None}
        method = kwargs["method"].upper()
        timeout = options.timeout or self.config.timeout
        if client_defaults is not None and not client.cookies:
            extensions = {
                "timeout": self._timeout_ext if timeout is self.config.timeout else timeout.as_dict()
            }
            return httpx.Request(method, url, headers=headers, extensions=extensions, **extra)
        if timeout != client.timeout:  # the client was built with the config's timeout: skip the copy
            extra["timeout"] = timeout
        return client.build_request(method, url, headers=headers, **extra)

    def redirect(self, request: httpx.Request, response: httpx.Response, hops: int) -> httpx.Request | None:
        """The request that follows ``response`` when it is a redirect we may follow, None when it is
        no redirect; raises for one we must not follow.

        Only GET and HEAD are followed, only within the request's own origin (so credentials never
        leave it), and at most :data:`MAX_REDIRECTS` times. A redirect to another origin is refused:
        its ``Location`` came from a response, and the credentials must not go there.
        """
        if response.status_code not in REDIRECT_STATUSES or "location" not in response.headers:
            return None
        try:
            target = request.url.join(response.headers["location"])
        except httpx.InvalidURL:
            target = None
        why = ""
        if target is None or target.scheme not in ("http", "https"):
            why = "its Location is not an http(s) URL"
        elif origin_of(str(target)) != origin_of(str(request.url)):
            why = "it leads to another origin, and credentials stay with their origin"
        elif request.method not in ("GET", "HEAD"):
            why = f"{request.method} requests are not redirected"
        elif hops >= MAX_REDIRECTS:
            why = f"more than {MAX_REDIRECTS} redirects"
        if why:
            raise self.redirect_error(request, response, why)
        assert target is not None
        return httpx.Request(request.method, target, headers=request.headers, extensions=request.extensions)

    def redirect_error(self, request: httpx.Request, response: httpx.Response, why: str) -> APIStatusError:
        secrets = self.secrets(request)
        url = redact_url(str(request.url), secrets)
        return APIStatusError(
            redact_text(
                f"{response.status_code} from {request.method} {url}: redirect not followed: {why}", secrets
            ),
            status_code=response.status_code,
            headers=safe_headers(response, secrets),
            method=request.method,
            url=url,
            request_id=self._request_id(response),
        )

    def max_retries(self, options: RequestOptions) -> int:
        return self.config.max_retries if options.max_retries is None else int(options.max_retries)

    # -- retrying ---------------------------------------------------------------------------------
    def _replayable(self, request: httpx.Request) -> bool:
        return request.method in REPLAYABLE_METHODS or "idempotency-key" in request.headers

    def _backoff(self, attempt: int) -> float:
        base: float = min(BACKOFF_INITIAL * 2.0**attempt, BACKOFF_MAX)
        return base * (1 - 0.25 * random.random())

    def retry_after_exception(
        self, request: httpx.Request, exc: Exception, attempt: int, options: RequestOptions
    ) -> float | None:
        """Seconds to wait before retrying after a transport error, or None to give up."""
        if attempt >= self.max_retries(options) or not body_replayable(request):
            return None
        if isinstance(exc, _NOT_SENT) or (
            isinstance(exc, httpx.TransportError) and self._replayable(request)
        ):
            return self._backoff(attempt)
        return None

    def retry_after_status(
        self, request: httpx.Request, response: httpx.Response, attempt: int, options: RequestOptions
    ) -> float | None:
        """Seconds to wait before retrying after an error status, or None to give up."""
        if attempt >= self.max_retries(options) or not body_replayable(request):
            return None
        status = response.status_code
        hint = parse_retry_after(response.headers)
        should = response.headers.get("x-should-retry", "").lower()
        if should == "false":
            return None
        if should != "true":
            if self._replayable(request):
                retry = status in (408, 429) or status >= 500
            else:  # POST/PATCH: only when the server says it did not run the request
                retry = status == 429 or (status == 503 and hint is not None)
            if not retry:
                return None
        if hint is not None:
            return hint if hint <= RETRY_AFTER_CAP else None
        return self._backoff(attempt)

    def log_retry(self, request: httpx.Request, attempt: int, reason: str, wait: float) -> None:
        logger.info(
            "retrying %s %s (attempt %d) after %s in %.2fs",
            request.method,
            redact_url(str(request.url), self.secrets(request)),
            attempt + 1,
            reason,
            wait,
        )

    # -- errors -----------------------------------------------------------------------------------
    def _request_id(self, response: httpx.Response) -> str | None:
        """The reply's request id, with any credential the server echoed into it masked."""
        value: str | None = response.headers.get("x-request-id") or response.headers.get("request-id")
        if value is None:
            return None
        return redact_text(value, self.secrets(response.request))

    def status_error(self, request: httpx.Request, response: httpx.Response, retries: int) -> APIStatusError:
        secrets = self.secrets(request)
        body: Any
        try:  # bounded: a body nested past MAX_DEPTH is kept as text, never recursed into
            body = _json.loads(response.content) if response.content else None
        except ValueError:
            body = response.text[:2000]
        body = redact_value(body, secrets)
        detail = ""
        if isinstance(body, dict):
            for key in ("message", "error", "detail", "errorText"):
                if isinstance(body.get(key), str):
                    detail = body[key]
                    break
        elif isinstance(body, str):
            detail = body[:300]
        url = redact_url(str(request.url), secrets)
        message = f"{response.status_code} from {request.method} {url}" + (f": {detail}" if detail else "")
        cls = status_error_class(response.status_code)
        return cls(
            redact_text(message, secrets),
            status_code=response.status_code,
            headers=safe_headers(response, secrets),
            method=request.method,
            url=url,
            body=body,
            request_id=self._request_id(response),
            retries_taken=retries,
        )

    def connection_error(
        self, request: httpx.Request, exc: Exception, retries: int, why: str | None = None
    ) -> APIConnectionError:
        """The error for a transport failure; ``why`` names the limit a timeout hit, when it was the
        attempt's budget rather than one socket operation's timeout."""
        secrets = self.secrets(request)
        url = redact_url(str(request.url), secrets)
        kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        what = "timed out" if kind is APITimeoutError else "failed"
        if kind is APITimeoutError:
            what += f": {why}" if why else ": a socket operation took its whole timeout"
        detail = redact_text(f"{type(exc).__name__}: {exc}", secrets)
        return kind(
            f"{request.method} {url} {what} ({detail})", method=request.method, url=url, retries_taken=retries
        )

    def check_size(self, request: httpx.Request, response: httpx.Response) -> bool:
        """Raise when Content-Length is over the limit. True when the body is uncompressed and sized: h11
        then reads exactly that many bytes, so it can be read in one go without counting."""
        headers = response.headers
        length = headers.get("content-length")
        if length is None:
            return False
        if length.isdigit() and int(length) > self.config.max_response_bytes:
            raise self.too_large(request)
        return headers.get("content-encoding") is None

    def too_large(self, request: httpx.Request) -> ResponseTooLargeError:
        url = redact_url(str(request.url), self.secrets(request))
        return ResponseTooLargeError(
            f"response to {request.method} {url} exceeds max_response_bytes={self.config.max_response_bytes}",
            method=request.method,
            url=url,
        )

    # -- the exchange -----------------------------------------------------------------------------
    def exchange(
        self, request: httpx.Request, options: RequestOptions, stream: bool
    ) -> Generator[Effect, Any, httpx.Response]:
        """Send ``request`` with retries and redirects, as effects; returns the final response.

        A streamed response is returned unread (and still open); others are read, counted against
        ``max_response_bytes``, and closed. A stream is never retried once it has been returned: from then
        on its bytes are the caller's. ``response.extensions["imbrace_retries"]`` says how many retries
        it took. Errors the I/O raises are thrown in at the effect that raised them.
        """
        attempt = hops = 0
        budget = attempt_budget(options.timeout or self.config.timeout, request)
        call_end = None if options.deadline is None else time.monotonic() + options.deadline
        request.extensions["imbrace_replayable"] = body_replayable(request)
        while True:
            started = time.perf_counter()
            wait: float | None = None
            limit = self.attempt_limit(request, budget, call_end, options, attempt)
            # Raised after the ``except`` block, never inside it: an error raised there would carry the
            # httpx error as ``__context__``, and its ``.request.headers`` hold the credentials.
            failure: APIConnectionError | None = None
            try:
                response: httpx.Response = yield (SEND, request)
            except httpx.InvalidURL as exc:  # httpx could not read a redirect's Location
                failure = self.connection_error(request, exc, attempt)
            except httpx.TransportError as exc:
                why = self.limit_hit(request, exc, limit, budget, call_end, options, attempt)
                wait = self.fits(self.retry_after_exception(request, exc, attempt, options), call_end)
                if wait is None:
                    failure = self.connection_error(request, exc, attempt, why)
                reason = type(exc).__name__
            else:
                self.log_response(request, response, started)
                try:
                    follow = self.redirect(request, response, hops)
                    if follow is not None:
                        yield (CLOSE, response)
                        request, hops = follow, hops + 1
                        continue
                    if response.status_code >= 400:
                        wait = self.fits(
                            self.retry_after_status(request, response, attempt, options), call_end
                        )
                        if wait is None:
                            yield from self.read(request, response)
                            raise self.status_error(request, response, attempt)
                        reason = f"status {response.status_code}"
                        yield (CLOSE, response)
                    elif not response.is_success:  # a 1xx/3xx left over: never read as a body (B12)
                        yield from self.read(request, response)
                        raise self.status_error(request, response, attempt)
                    elif not stream:
                        yield from self.read(request, response)
                except httpx.TransportError as exc:
                    yield (CLOSE, response)
                    why = self.limit_hit(request, exc, limit, budget, call_end, options, attempt)
                    wait = self.fits(self.retry_after_exception(request, exc, attempt, options), call_end)
                    if wait is None:
                        failure = self.connection_error(request, exc, attempt, why)
                    reason = type(exc).__name__
                except GeneratorExit:  # abandoned by its driver: it may not yield again
                    raise
                except BaseException:
                    yield (CLOSE, response)
                    raise
            if failure is not None:
                raise failure
            if wait is None:
                if not stream and not response.is_closed:  # reading to the end closed it already
                    yield (CLOSE, response)
                response.extensions["imbrace_retries"] = attempt
                return response
            self.log_retry(request, attempt, reason, wait)
            yield (SLEEP, wait)
            attempt += 1

    # -- deadlines --------------------------------------------------------------------------------
    def attempt_limit(
        self,
        request: httpx.Request,
        budget: float | None,
        call_end: float | None,
        options: RequestOptions,
        attempt: int,
    ) -> float | None:
        """The monotonic time by which this attempt must end: its own budget, or the whole call's deadline
        when that comes first (raising when it has passed). Waiting for a pooled connection ends by then too."""
        now = time.monotonic()
        limit = None if budget is None else now + budget
        if call_end is not None:
            if now >= call_end:
                raise self.deadline_error(request, options, attempt)
            limit = call_end if limit is None else min(limit, call_end)
        request.extensions["imbrace_deadline"] = limit
        if limit is not None:
            timeouts = request.extensions.get("timeout") or {}
            pool = timeouts.get("pool")
            if pool is None or pool > limit - now:
                request.extensions["timeout"] = {**timeouts, "pool": limit - now}
        return limit

    def limit_hit(
        self,
        request: httpx.Request,
        exc: Exception,
        limit: float | None,
        budget: float | None,
        call_end: float | None,
        options: RequestOptions,
        attempt: int,
    ) -> str | None:
        """Which limit a timeout hit, when it was the attempt's budget (returned, to name it in the error);
        raises :class:`APITimeoutError` when it was the whole call's deadline."""
        if limit is None or not isinstance(exc, httpx.TimeoutException) or time.monotonic() < limit - 0.005:
            return None
        if limit == call_end:
            raise self.deadline_error(request, options, attempt) from None
        return f"the attempt took its whole timeout={budget:g}s"

    def fits(self, wait: float | None, call_end: float | None) -> float | None:
        """``wait`` before a retry, or None (no retry) when the retry could not start before the deadline."""
        if wait is None or call_end is None or time.monotonic() + wait < call_end:
            return wait
        return None

    def deadline_error(
        self, request: httpx.Request, options: RequestOptions, attempt: int
    ) -> APITimeoutError:
        url = redact_url(str(request.url), self.secrets(request))
        return APITimeoutError(
            f"{request.method} {url} timed out: the call passed its deadline={options.deadline:g}s "
            f"(for the whole call, {attempt} retries included)",
            method=request.method,
            url=url,
            retries_taken=attempt,
        )

    def read(self, request: httpx.Request, response: httpx.Response) -> Generator[Effect, Any, None]:
        """Read the whole body, counting decoded bytes: neither a lying Content-Length nor a
        compressed body can push it past ``max_response_bytes``."""
        if self.check_size(request, response):
            yield (READ, response)
            return
        limit, buf = self.config.max_response_bytes, bytearray()
        chunks = yield (CHUNKS, response)
        while (chunk := (yield (NEXT_CHUNK, chunks))) is not None:
            buf += chunk
            if len(buf) > limit:
                raise self.too_large(request)
        response._content = bytes(buf)

    def log_response(self, request: httpx.Request, response: httpx.Response, started: float) -> None:
        if logger.isEnabledFor(10):
            logger.debug(
                "%s %s -> %d in %.1fms request_id=%s",
                request.method,
                redact_url(str(request.url), self.secrets(request)),
                response.status_code,
                (time.perf_counter() - started) * 1000,
                self._request_id(response),
            )


class _Cookies(httpx.Cookies):
    """The cookie jar of an SDK-built client: skips httpx's per-response cookie parsing (about 15 us: it
    builds urllib request and email message adapters) when the response sets no cookie."""

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers:
            super().extract_cookies(response)


def _own_client(client: ClientT) -> ClientT:
    """Fit an httpx client the SDK built itself with the cheaper cookie jar (httpx 0.27/0.28 keep it in
    ``_cookies``; any other layout keeps httpx's own)."""
    if type(getattr(client, "_cookies", None)) is httpx.Cookies:
        client._cookies = _Cookies(client._cookies)
    return client


def _default_headers(client: httpx.Client | httpx.AsyncClient) -> dict[str, str]:
    """An SDK-built client's default headers (Accept-Encoding, Connection, ...), lower-cased."""
    return {key.lower(): value for key, value in client.headers.items()}


def _limits(config: ClientConfig) -> httpx.Limits:
    n = config.max_connections
    return httpx.Limits(max_connections=n, max_keepalive_connections=n, keepalive_expiry=30.0)


class Run(Generic[ResultT]):
    """Steps one sans-IO generator for a driver: ``next()`` resumes it with the last effect's ``value``
    (or throws in its ``error``) and returns its next effect, or None once it returned ``result``.

    A driver is then a few lines that perform each effect and store what came of it::

        while (effect := run.next()) is not None:
            try:
                run.value = perform(effect)
            except BaseException as exc:
                run.error = exc
        return run.result
    """

    __slots__ = ("_steps", "value", "error", "result")

    def __init__(self, steps: Generator[Effect, Any, ResultT]) -> None:
        self._steps = steps
        self.value: Any = None
        self.error: BaseException | None = None

    def next(self) -> Effect | None:
        try:
            if self.error is None:
                return self._steps.send(self.value)
            error, self.error = self.error, None
            return self._steps.throw(error)
        except StopIteration as done:
            self.result: ResultT = done.value
            return None


class _Transport(Generic[ClientT, SentT]):
    """What both transports share: the policy, the lazily built httpx client, and the exchange. A
    subclass builds its kind of httpx client and performs the effects, plainly or awaited."""

    def __init__(
        self,
        config: ClientConfig,
        http_client: ClientT | None = None,
        client_defaults: dict[str, str] | None = None,
        owned: bool | None = None,
    ) -> None:
        self.policy = Policy(config)
        self._client: ClientT | None = http_client
        # The default headers of a client built here (None for the caller's own): see build_request.
        self._client_defaults = client_defaults
        # Whether the httpx client is the SDK's own (rebuilt after a fork) rather than the caller's.
        self._owned = http_client is None if owned is None else owned
        self._fork = _forks
        self._lock = threading.Lock()

    @property
    def client(self) -> ClientT:
        if self._client is None or self._fork != _forks:
            return self._build_client()
        return self._client

    def _build_client(self) -> ClientT:
        if self._fork != _forks:  # forked since: never touch the parent's pool, nor this transport's old lock
            self._lock = threading.Lock()
            self._fork = _forks
            if self._owned:
                self._client = None  # the child's copy of the parent's sockets is closed when collected
        with self._lock:
            if self._client is None:
                client = _own_client(self._new_client(self.policy.config))
                self._client_defaults = _default_headers(client)
                self._client = client
            return self._client

    def _new_client(self, config: ClientConfig) -> ClientT:
        raise NotImplementedError

    def rebind(self, config: ClientConfig) -> Self:
        """A transport with another config that shares this one's connection pool."""
        return type(self)(config, self.client, self._client_defaults, self._owned)

    def send(
        self,
        kwargs: Mapping[str, Any],
        options: RequestOptions = NO_OPTIONS,
        *,
        stream: bool = False,
        accept: str = "application/json",
    ) -> SentT:
        """Send with retries (see :meth:`Policy.exchange`); async, an awaitable of the response.

        A streamed response is returned unread (and still open); others are read.
        """
        return self._drive(kwargs, options, stream, accept)

    def _drive(self, kwargs: Mapping[str, Any], options: RequestOptions, stream: bool, accept: str) -> SentT:
        raise NotImplementedError

    def _start(
        self, kwargs: Mapping[str, Any], options: RequestOptions, stream: bool, accept: str
    ) -> Run[httpx.Response]:
        request = self.policy.build_request(self.client, kwargs, options, accept, self._client_defaults)
        return Run(self.policy.exchange(request, options, stream))


class SyncTransport(_Transport[httpx.Client, httpx.Response]):
    """Sends requests for :class:`~imbrace.ImbraceClient`; the httpx client is created on first use.

    ``sleep`` waits between retries; tests replace it to run without waiting.
    """

    sleep: Callable[[float], None] = staticmethod(time.sleep)

    def _new_client(self, config: ClientConfig) -> httpx.Client:
        from ._pool import sync_transport  # httpcore loads with the first client, as in httpx

        transport = sync_transport(verify=shared_ssl_context(), limits=_limits(config))
        return httpx.Client(transport=transport, timeout=config.timeout, follow_redirects=False)

    def close(self) -> None:
        if self._client is not None and self._fork == _forks:  # a pool inherited from a parent is not ours
            self._client.close()

    def _drive(
        self, kwargs: Mapping[str, Any], options: RequestOptions, stream: bool, accept: str
    ) -> httpx.Response:
        run = self._start(kwargs, options, stream, accept)
        token = DEADLINE.set(None)
        try:
            while (effect := run.next()) is not None:
                try:
                    run.value = getattr(self, effect[0])(effect[1])
                except BaseException as exc:
                    run.error = exc
        finally:
            DEADLINE.reset(token)  # a stream handed back reads with its per-read timeout only
        return run.result

    # -- the effects ------------------------------------------------------------------------------
    def _send(self, request: httpx.Request) -> httpx.Response:
        DEADLINE.set(request.extensions.get("imbrace_deadline"))  # this attempt's reads end by then
        return self.client.send(request, stream=True, follow_redirects=False)

    def _read_all(self, response: httpx.Response) -> bytes:
        return response.read()

    def _chunks(self, response: httpx.Response) -> Iterator[bytes]:
        return response.iter_bytes()

    def _next_chunk(self, chunks: Iterator[bytes]) -> bytes | None:
        return next(chunks, None)

    def _close(self, response: httpx.Response) -> None:
        response.close()

    def _sleep(self, seconds: float) -> None:
        self.sleep(seconds)


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio  # imported on first use: sync-only programs never pay for asyncio

    await asyncio.sleep(seconds)


class AsyncTransport(_Transport[httpx.AsyncClient, Awaitable[httpx.Response]]):
    """:class:`SyncTransport` for :class:`~imbrace.AsyncImbraceClient`: the same exchange, awaited I/O."""

    sleep: Callable[[float], Awaitable[None]] = staticmethod(_asyncio_sleep)

    def _new_client(self, config: ClientConfig) -> httpx.AsyncClient:
        from ._pool import async_transport

        transport = async_transport(verify=shared_ssl_context(), limits=_limits(config))
        return httpx.AsyncClient(transport=transport, timeout=config.timeout, follow_redirects=False)

    async def close(self) -> None:
        if self._client is not None and self._fork == _forks:  # a pool inherited from a parent is not ours
            await self._client.aclose()

    async def _drive(
        self, kwargs: Mapping[str, Any], options: RequestOptions, stream: bool, accept: str
    ) -> httpx.Response:
        run = self._start(kwargs, options, stream, accept)
        token = DEADLINE.set(None)
        try:
            while (effect := run.next()) is not None:
                try:
                    run.value = await getattr(self, effect[0])(effect[1])
                except BaseException as exc:
                    run.error = exc
        finally:
            DEADLINE.reset(token)  # a stream handed back reads with its per-read timeout only
        return run.result

    # -- the effects ------------------------------------------------------------------------------
    async def _send(self, request: httpx.Request) -> httpx.Response:
        DEADLINE.set(request.extensions.get("imbrace_deadline"))  # this attempt's reads end by then
        return await self.client.send(request, stream=True, follow_redirects=False)

    async def _read_all(self, response: httpx.Response) -> bytes:
        return await response.aread()

    async def _chunks(self, response: httpx.Response) -> AsyncIterator[bytes]:
        return response.aiter_bytes()

    async def _next_chunk(self, chunks: AsyncIterator[bytes]) -> bytes | None:
        return await anext(chunks, None)

    async def _close(self, response: httpx.Response) -> None:
        await response.aclose()

    async def _sleep(self, seconds: float) -> None:
        await self.sleep(seconds)
