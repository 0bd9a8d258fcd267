"""The mock's WSGI application: route, validate the request, run the handler, validate the reply."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, quote

from openapi_core.validation.request.exceptions import SecurityValidationError

from ._audit import record_fallback
from ._faults import Fault, drop_connection, slowed, truncated
from ._spec import OARequest, OAResponse, Part, Route, load_spec, parse_form
from ._store import OWNER, Store
from .handlers import HANDLERS, load_handlers

if TYPE_CHECKING:
    from ._identity import Identity
    from ._server import MockServer

REASONS = {
    200: "OK",
    201: "Created",
    204: "No Content",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    408: "Request Timeout",
    409: "Conflict",
    413: "Payload Too Large",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    501: "Not Implemented",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


class MockError(Exception):
    """Raised by a handler to answer with an error status."""

    def __init__(self, status: int, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.extra = extra


@dataclass
class Reply:
    status: int = 200
    body: Any = None
    content_type: str = "application/json"
    raw: bytes | None = None
    stream: Iterable[bytes] | None = None
    headers: dict[str, str] = field(default_factory=dict)


def json_reply(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
    return Reply(status=status, body=body, headers=headers or {})


def text_reply(text: str, content_type: str = "text/plain; charset=utf-8", status: int = 200) -> Reply:
    return Reply(status=status, raw=text.encode(), content_type=content_type)


def bytes_reply(data: bytes, content_type: str, headers: dict[str, str] | None = None) -> Reply:
    return Reply(raw=data, content_type=content_type, headers=headers or {})


def stream_reply(chunks: Iterable[bytes], content_type: str, headers: dict[str, str] | None = None) -> Reply:
    return Reply(stream=chunks, content_type=content_type, headers=headers or {})


def empty_reply(status: int = 204) -> Reply:
    return Reply(status=status)


@dataclass
class Ctx:
    """What a handler sees of one request."""

    server: MockServer
    store: Store
    route: Route
    path: dict[str, str]
    query: dict[str, Any]
    body: Any
    raw_body: bytes
    headers: dict[str, str]
    content_type: str
    parts: list[Part] = field(default_factory=list)
    identity: Identity | None = None  # the caller (see _identity.py); set for every routed request
    applied: bool = False  # the handler applied a side effect (``effect()``): it was a write
    audited: bool = False  # the write left its audit entry (see _audit.py)

    def form(self) -> tuple[Part, dict[str, str]]:
        """The ``file`` part of a multipart request and its text fields (the body is kept in memory: the
        server bounds its size)."""
        upload = next((p for p in self.parts if p.name == "file"), None)
        if upload is None:
            raise MockError(400, "the multipart body has no 'file' part")
        return upload, {p.name: p.text for p in self.parts if p.name != "file"}

    @property
    def organization_id(self) -> str:
        """The caller's organization: the one its credential is bound to (see ``_identity.py``)."""
        if self.identity is not None:
            return self.identity.organization_id
        from ._constants import DEMO_ORGANIZATION_ID

        return self.headers.get("x-organization-id") or DEMO_ORGANIZATION_ID

    @property
    def user_id(self) -> str:
        """The caller's ``platform_users`` row id (the demo user when the credential is not one issued)."""
        from ._constants import DEMO_USER_ID

        return (self.identity.user_id if self.identity else None) or DEMO_USER_ID

    def effect(self) -> None:
        """Count one applied side effect of this operation (tests use it to prove nothing ran twice)."""
        with self.store.lock:
            self.store.effects[self.route.op_id] += 1
        self.applied = True


def _number(text: str) -> float | int:
    """A JSON number written with a fraction or exponent: an int when it is integral (JSON Schema counts
    ``4.0`` as an integer, so handlers must be able to use it as one, e.g. as a size or an index)."""
    value = float(text)
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


def _error_body(status: int, message: str, **extra: Any) -> dict[str, Any]:
    return {"statusCode": status, "message": message, **extra}


class MockApp:
    """WSGI callable. One per :class:`MockServer`; the parsed spec is shared by the whole process."""

    def __init__(self, server: MockServer) -> None:
        self.server = server
        self.spec = load_spec()
        load_handlers()

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        plan = self.server.faults
        fault = plan.draw(environ["REQUEST_METHOD"], environ.get("PATH_INFO", "")) if plan else None
        if fault is not None and fault.before_handler:
            status, headers, body = self._fault_before(fault, environ)
            start_response(f"{status} {REASONS.get(status, 'Status')}", headers)
            return body
        try:
            status, headers, body = self.handle(environ)
        except Exception as exc:  # a bug in the mock: report it as a 500 the tests will see
            self.server.violations.append(f"mock crashed: {type(exc).__name__}: {exc}")
            payload = json.dumps(_error_body(500, f"mock crashed: {type(exc).__name__}: {exc}")).encode()
            status, headers, body = (
                500,
                [("content-type", "application/json"), ("content-length", str(len(payload)))],
                [payload],
            )
        if fault is not None:
            body = self._fault_after(fault, environ, headers, body)
        start_response(f"{status} {REASONS.get(status, 'Status')}", headers)
        return body

    # -- faults (see _faults.py) ---------------------------------------------------------------------
    def _fault_before(
        self, fault: Fault, environ: dict[str, Any]
    ) -> tuple[int, list[tuple[str, str]], Iterable[bytes]]:
        """A fault that strikes before the handler: nothing is applied."""
        if fault.kind == "stall":
            self.server.stopping.wait(self.server.faults.stall_seconds if self.server.faults else 0.0)
            drop_connection(environ)
        if fault.kind == "reset-before":
            drop_connection(environ)
        length = environ.get("CONTENT_LENGTH") or "0"
        if length.isdigit() and int(length):
            environ["wsgi.input"].read(int(length))
        status, headers, body = self._error(fault.status, f"fault injected: {fault.status}")
        return status, [*headers, *fault.retry_after.items()], body

    def _fault_after(
        self, fault: Fault, environ: dict[str, Any], headers: list[tuple[str, str]], body: Iterable[bytes]
    ) -> Iterable[bytes]:
        """A fault that strikes after the handler ran: its effect stays applied, the reply suffers."""
        if fault.kind == "reset-after":
            close = getattr(body, "close", None)
            if close is not None:
                close()
            drop_connection(environ)
        streamed = not any(k.lower() == "content-length" for k, _ in headers)
        if fault.kind == "truncate":
            if streamed:
                return truncated(body, fault.cut_after, environ)
            data = b"".join(body)
            return truncated([data[: len(data) // 2], data[len(data) // 2 :]], 1, environ)
        if fault.kind == "slow" and streamed and self.server.faults is not None:
            return slowed(body, self.server.faults.gap_seconds, self.server.stopping)
        return body

    def _raw_path(self, environ: dict[str, Any]) -> tuple[str, str]:
        raw = environ.get("RAW_URI") or environ.get("REQUEST_URI")
        if not raw:
            raw = quote(environ.get("PATH_INFO", "")) + (
                "?" + environ["QUERY_STRING"] if environ.get("QUERY_STRING") else ""
            )
        path, _, query = raw.partition("?")
        return path, query

    def handle(self, environ: dict[str, Any]) -> tuple[int, list[tuple[str, str]], Iterable[bytes]]:
        method = environ["REQUEST_METHOD"].upper()
        raw_path, raw_query = self._raw_path(environ)
        headers = {k[5:].replace("_", "-").lower(): v for k, v in environ.items() if k.startswith("HTTP_")}
        content_type = environ.get("CONTENT_TYPE", "")
        if content_type:
            headers["content-type"] = content_type
        length_text = (environ.get("CONTENT_LENGTH") or "0").strip()
        if not length_text.isdigit():  # "abc", "-5", "1, 2": the client's fault, never a crash or a hang
            return self._error(400, "Content-Length must be a non-negative integer")
        length = int(length_text)
        limit = self.server.max_upload_bytes
        if length > limit:
            return self._error(413, f"request body exceeds {limit} bytes")
        if environ.get("wsgi.input_terminated"):  # a chunked body: read to its end, within the limit
            try:
                raw_body = _read_within(environ["wsgi.input"], limit + 1)
            except (OSError, ValueError):
                return self._error(400, "the chunked request body is malformed")
            if len(raw_body) > limit:
                return self._error(413, f"request body exceeds {limit} bytes")
        else:
            raw_body = environ["wsgi.input"].read(length) if length else b""

        route, path_params, path_exists = self.spec.find(method, raw_path)
        if route is None:
            return self._error(405 if path_exists else 404, f"no route for {method} {raw_path}")
        body: Any = None
        parts: list[Part] = []
        if raw_body and "json" in content_type:
            try:
                body = json.loads(raw_body, parse_float=_number)
            except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested past the recursion limit
                return self._error(400, "the request body is not valid JSON")
            if _too_deep(body):
                return self._error(400, f"the request body is nested deeper than {MAX_JSON_DEPTH} levels")
        if raw_body and content_type.lower().startswith("multipart/form-data"):
            try:
                parts = parse_form(raw_body, content_type)
            except ValueError as exc:
                return self._error(400, str(exc))
        query_pairs = parse_qsl(raw_query, keep_blank_values=True)
        oa_request = OARequest(
            host_url=f"http://{environ.get('HTTP_HOST', 'localhost')}",
            path=raw_path,
            path_pattern=route.pattern,
            method=method,
            query=query_pairs,
            headers=headers,
            path_params=path_params,
            content_type=content_type,
            body=raw_body or None,
        )
        api = self.spec.apis[route.service]
        result = api.unmarshal_request(oa_request)
        if result.errors:
            if any(isinstance(e, SecurityValidationError) for e in result.errors):
                return self._error(
                    401, "missing credentials: send x-api-key, x-access-token or a Bearer token"
                )
            return self._error(400, "; ".join(_describe(e) for e in result.errors))
        form_errors = self.spec.form_errors(route, parts) if parts else []
        if form_errors:
            return self._error(400, "; ".join(form_errors))
        from ._identity import identify  # imported here: _identity imports this module

        try:
            identity = identify(self.server, headers, route)
        except MockError as exc:
            return self._error(exc.status, exc.message)
        ctx = Ctx(
            server=self.server,
            store=self.server.store,
            route=route,
            path=path_params,
            query=dict(result.parameters.query or {}),
            body=body,
            raw_body=raw_body,
            headers=headers,
            content_type=content_type,
            parts=parts,
            identity=identity,
        )
        fn = HANDLERS.get(route.op_id)
        if fn is None:
            return self._error(501, f"the mock does not implement {route.op_id}")
        idempotency_key = headers.get("idempotency-key")
        if not idempotency_key or method in ("GET", "HEAD", "OPTIONS"):
            return self._run(fn, ctx, oa_request, route)
        key = (method, raw_path, idempotency_key)
        cache = self.server.idempotency
        with cache.key_lock(key):
            replay = cache.get(key)
            if replay is not None:
                return replay
            status, reply_headers, body = self._run(fn, ctx, oa_request, route)
            return status, reply_headers, cache.put(key, status, reply_headers, body)

    def _run(
        self, fn: Callable[[Ctx], Reply], ctx: Ctx, oa_request: OARequest, route: Route
    ) -> tuple[int, list[tuple[str, str]], Iterable[bytes]]:
        owner = OWNER.set(ctx.organization_id)  # rows the handler stores belong to the caller's organization
        try:
            reply = fn(ctx)
        except MockError as exc:
            return self._error(exc.status, exc.message, **exc.extra)
        finally:
            OWNER.reset(owner)
        answer = self._respond(oa_request, route, reply)
        record_fallback(ctx, reply.status, reply.body)  # a write the handler did not audit itself
        return answer

    def _error(
        self, status: int, message: str, **extra: Any
    ) -> tuple[int, list[tuple[str, str]], Iterable[bytes]]:
        payload = json.dumps(_error_body(status, message, **extra)).encode()
        headers = [
            ("content-type", "application/json"),
            ("content-length", str(len(payload))),
            ("x-request-id", self._request_id()),
        ]
        return status, headers, [payload]

    def _request_id(self) -> str:
        return f"req_{self.server.store.new_id('')[-12:]}"

    def _respond(
        self, oa_request: OARequest, route: Route, reply: Reply
    ) -> tuple[int, list[tuple[str, str]], Iterable[bytes]]:
        headers = {"x-request-id": self._request_id(), **reply.headers}
        if reply.stream is not None:
            headers["content-type"] = reply.content_type
            self._check(oa_request, route, reply.status, reply.content_type, headers, b"(streamed)")
            return reply.status, list(headers.items()), _closing(reply.stream, self.server.stream_gap)
        if reply.raw is not None:
            data = reply.raw
        elif reply.body is not None:
            data = json.dumps(reply.body).encode()
        else:
            data = b""
        if data or reply.status != 204:
            headers["content-type"] = reply.content_type
        headers["content-length"] = str(len(data))
        self._check(oa_request, route, reply.status, reply.content_type if data else "", headers, data)
        return reply.status, list(headers.items()), [data]

    def _check(
        self,
        oa_request: OARequest,
        route: Route,
        status: int,
        content_type: str,
        headers: dict[str, str],
        data: bytes,
    ) -> None:
        if not self.server.validate_responses:
            return
        response = OAResponse(status, content_type.split(";")[0], headers, data)
        errors = [
            _describe(e) for e in self.spec.apis[route.service].iter_response_errors(oa_request, response)
        ]
        if errors:
            message = f"{route.op_id} -> {status}: response does not match the spec: {'; '.join(errors)}"
            self.server.violations.append(message)
            raise RuntimeError(message)


def _closing(chunks: Iterable[bytes], gap: Callable[[], float]) -> Iterator[bytes]:
    """Yield stream chunks; ``gap()`` adds the server's configured pause before each one."""
    for chunk in chunks:
        pause = gap()
        if pause:
            time.sleep(pause)
        yield chunk


MAX_JSON_DEPTH = 512  # deeper JSON bodies get a 400: the spec validator recurses once per level


def _too_deep(value: Any) -> bool:
    """Whether ``value`` nests more than :data:`MAX_JSON_DEPTH` levels (checked without recursion)."""
    level: list[Any] = [value]
    for _ in range(MAX_JSON_DEPTH):
        level = [
            child
            for item in level
            if isinstance(item, dict | list)
            for child in (item.values() if isinstance(item, dict) else item)
            if isinstance(child, dict | list)
        ]
        if not level:
            return False
    return True


def _read_within(stream: Any, limit: int) -> bytes:
    """Read ``stream`` to its end, or until ``limit`` bytes."""
    data = bytearray()
    while len(data) < limit:
        chunk = stream.read(min(1 << 20, limit - len(data)))
        if not chunk:
            break
        data += chunk
    return bytes(data)


def _describe(error: Exception) -> str:
    parts = [str(error)]
    cause = error.__cause__
    while cause is not None and len(parts) < 4:
        detail = getattr(cause, "schema_errors", None)
        if detail:
            parts.extend(f"{'.'.join(map(str, e.path)) or '(body)'}: {e.message}" for e in detail)
            break
        parts.append(str(cause))
        cause = cause.__cause__
    return " - ".join(p for p in parts if p)
