"""``MockServer``: the mock on a loopback port, in a background thread of this process."""

from __future__ import annotations

import io
import json
import selectors
import socket
import threading
from types import TracebackType
from typing import Any

try:
    from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server
except ModuleNotFoundError:  # say which extra to install, not just "No module named 'werkzeug'"
    from . import require_testing_extra

    require_testing_extra()
    raise

from ._app import MockApp
from ._constants import DEMO_ORGANIZATION_ID
from ._faults import FaultPlan, IdempotencyCache
from ._store import OWNER, Store
from .handlers import SEEDERS, load_handlers


class _Body(io.RawIOBase):
    """A request body of known length: reads stop at its end, and ``left`` says what the app did not read."""

    def __init__(self, rfile: Any, length: int) -> None:
        self._rfile = rfile
        self.left = length

    def readable(self) -> bool:
        return True

    def readinto(self, buf: Any) -> int:
        if self.left <= 0:
            return 0
        data = self._rfile.read(min(len(buf), self.left))
        if not data:
            raise ConnectionResetError("the client closed the connection mid-body")
        buf[: len(data)] = data
        self.left -= len(data)
        return len(data)


def framing_problem(headers: Any) -> str | None:
    """Why the request's body framing cannot be trusted (RFC 9112 6.3), or None. Such a request gets a 400
    and the connection is closed: where its body ends, and so where the next request starts, is unknown."""
    lengths = headers.get_all("Content-Length") or []
    values = {v.strip() for line in lengths for v in line.split(",")}
    if "chunked" in headers.get("Transfer-Encoding", "").lower() and lengths:
        return "a request must not carry both Transfer-Encoding and Content-Length"
    if len(values) > 1:
        return "conflicting Content-Length headers"
    if values and not next(iter(values)).isdigit():
        return f"Content-Length must be a non-negative integer, not {next(iter(values))[:40]!r}"
    return None


class _QuietHandler(WSGIRequestHandler):
    """werkzeug's handler, serving HTTP/1.1 keep-alive like a real gateway (werkzeug's own closes every
    connection, and after each reply drains whatever the client sent next, which keep-alive cannot survive).

    A connection stays open when the app read the whole request body and the reply is framed (a
    Content-Length or chunked); a request whose framing is malformed gets a 400 and the connection closes.
    """

    protocol_version = "HTTP/1.1"

    def log_request(self, *args: Any, **kwargs: Any) -> None:
        pass

    def log(self, *args: Any, **kwargs: Any) -> None:
        pass

    def setup(self) -> None:
        super().setup()
        _open_connections(self.server).add(self.connection)

    def finish(self) -> None:
        _open_connections(self.server).discard(self.connection)
        super().finish()

    def run_wsgi(self) -> None:
        problem = framing_problem(self.headers)
        if problem is not None:
            self._refuse(problem)
            return
        environ = self.environ = self.make_environ()
        body: _Body | None = None
        if not environ.get("wsgi.input_terminated"):  # chunked bodies are read by werkzeug's DechunkedInput
            body = _Body(self.rfile, int(environ.get("CONTENT_LENGTH") or 0))
            environ["wsgi.input"] = body
        try:
            self._run(environ, body)
        except (TimeoutError, ConnectionError):
            self.close_connection = True
        finally:
            if self.close_connection or (body is not None and body.left) or not _at_end(environ):
                self.close_connection = True
                self._drain()

    def _run(self, environ: dict[str, Any], body: _Body | None) -> None:
        reply: dict[str, Any] = {}

        def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            reply["status"], reply["headers"] = status, headers
            return None

        chunks = self.server.app(environ, start_response)
        try:
            iterator = iter(chunks)
            first = next(iterator, None)
            code = int(reply["status"].split(None, 1)[0])
            names = {k.lower() for k, _ in reply["headers"]}
            chunked = not (
                "content-length" in names
                or environ["REQUEST_METHOD"] == "HEAD"
                or 100 <= code < 200
                or code in (204, 304)
            )
            self.send_response(code, reply["status"].split(None, 1)[1] if " " in reply["status"] else "")
            for key, value in reply["headers"]:
                self.send_header(key, value)
            if chunked:
                self.send_header("Transfer-Encoding", "chunked")
            if (body is not None and body.left) or not _at_end(environ):  # the app left the body unread
                self.close_connection = True
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            data = first
            while data is not None:
                if data:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data) if chunked else data)
                    self.wfile.flush()
                data = next(iterator, None)
            if chunked:
                self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        except (TimeoutError, ConnectionError):
            raise
        except Exception:  # the app failed mid-reply: the client sees the connection close
            self.close_connection = True
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()

    def _refuse(self, problem: str) -> None:
        payload = json.dumps({"statusCode": 400, "message": problem}).encode()
        self.close_connection = True
        self.send_response(400, "Bad Request")
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(payload)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(payload)
        self.wfile.flush()
        self._drain()

    def _drain(self) -> None:
        """Read what the client is still sending (a body the app refused) before the connection closes, so
        it sees the reply rather than a reset: as werkzeug does, briefly and within bounds."""
        try:
            with selectors.DefaultSelector() as selector:
                selector.register(self.connection, selectors.EVENT_READ)
                for _ in range(1000):
                    if not selector.select(timeout=0.01) or not self.connection.recv(1 << 20):
                        break
        except (OSError, ValueError):
            pass


def _open_connections(server: Any) -> set[socket.socket]:
    """The connections a server has open (kept alive, most of them idle): closed when it stops."""
    found: set[socket.socket] | None = getattr(server, "imbrace_connections", None)
    if found is None:
        found = server.imbrace_connections = set()
    return found


def _at_end(environ: dict[str, Any]) -> bool:
    """Whether a chunked request body was read to its end (one of known length is counted by _Body)."""
    stream = environ.get("wsgi.input")
    return not environ.get("wsgi.input_terminated") or bool(getattr(stream, "_done", False))


class MockServer:
    """An Imbrace API on ``127.0.0.1``, built from the SDK's specs, with seeded in-memory state.

    Args:
        port: 0 picks a free port.
        delta_delay_ms: pause between streamed text deltas (the real service's pacing).
        validate_responses: check every reply against the spec (a mismatch becomes a 500 and is
            recorded in ``violations``).
        max_upload_bytes: larger request bodies get 413.
        flow_sync_timeout: how long a synchronous flow trigger waits for a "Return Response".
        faults: rates of injected faults, ``"503:0.2,429:0.1,reset:0.05,stall:0.02,truncate:0.05"``, a
            ``{kind: rate}`` dict or a :class:`~imbrace.testing._faults.FaultPlan` (see that module).
            ``server.faults.injected`` counts them; ``server.store.effects`` counts applied effects.
        seed: seeds the fault draws, so a run can be replayed.
        stall_seconds: how long a ``stall`` fault keeps the client waiting (make it exceed its timeout).
        gap_seconds: the pause between chunks of a ``slow`` stream.
        strict_auth: accept only credentials this server issued (sign-in, ``select_organization``, minted
            API keys, ``DEMO_API_KEY``); by default any other non-empty credential acts as the demo user.
        otp_code: the one-time code every ``request_otp`` sends (the docs' ``"123456"``); None sends random
            codes. Either way the code is in ``server.outbox``.

    Sign-in works as on the platform (see ``handlers/auth.py``): the seeded people are listed in the README,
    ``add_user()`` adds more, mail lands in ``outbox``, and ``advance(seconds)`` moves the clock so tokens
    expire.

    Requests that carry ``Idempotency-Key`` are answered once per (method, path, key); a repeat gets
    the first reply again (``server.idempotency.replays`` counts them).
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        delta_delay_ms: float = 20.0,
        validate_responses: bool = True,
        max_upload_bytes: int = 32 * 1024 * 1024,
        flow_sync_timeout: float = 1.0,
        faults: FaultPlan | str | dict[str, float] | None = None,
        seed: int = 0,
        stall_seconds: float = 10.0,
        gap_seconds: float = 0.05,
        strict_auth: bool = False,
        otp_code: str | None = "123456",
    ) -> None:
        self.host = host
        self.port = port
        self.delta_delay: float = delta_delay_ms / 1000.0
        self.validate_responses = validate_responses
        self.max_upload_bytes = max_upload_bytes
        self.flow_sync_timeout = flow_sync_timeout
        self.violations: list[str] = []
        self.strict_auth = strict_auth
        self.otp_code = otp_code
        self.outbox: list[dict[str, Any]] = []  # mail the platform would send: {"to", "kind", ...}
        if faults is None or isinstance(faults, FaultPlan):
            self.faults: FaultPlan | None = faults
        else:
            self.faults = FaultPlan(faults, seed, stall_seconds=stall_seconds, gap_seconds=gap_seconds)
        self.idempotency: IdempotencyCache = IdempotencyCache()
        # Wakes stalled and slowed requests when the server stops.
        self.stopping: threading.Event = threading.Event()
        self.store: Store = Store()
        load_handlers()
        owner = OWNER.set(DEMO_ORGANIZATION_ID)  # seeded data belongs to the demo organization
        try:
            for fn in SEEDERS:
                fn(self.store)
        finally:
            OWNER.reset(owner)
        self._app = MockApp(self)
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None

    def add_user(
        self,
        email: str,
        password: str,
        *,
        organization_id: str = DEMO_ORGANIZATION_ID,
        role: str = "agent",
        display_name: str | None = None,
    ) -> str:
        """Add a person who can sign in (or a membership of another organization, for a known email);
        returns their user id in that organization."""
        from .handlers.auth import add_person

        return add_person(self.store, email, password, organization_id, role, display_name)

    def simulate_inbound(self, channel_id: str, contact: str | dict[str, Any], text: str) -> dict[str, Any]:
        """Deliver an inbound message as a channel would (to test inbox bots offline): ``contact`` is a
        contact id or fields such as ``{"display_name", "email"}`` (found by email or phone number, else
        created); the contact's open conversation on the channel gets the message, or a new one is opened.
        Returns the message; its ``conversation_id`` names the conversation."""
        from .handlers.inbox import simulate_inbound

        return simulate_inbound(self.store, channel_id, contact, text)

    def advance(self, seconds: float) -> None:
        """Move the server's clock forward: tokens, codes and keys whose lifetime passes expire."""
        with self.store.lock:
            self.store.clock += seconds

    def stream_gap(self) -> float:
        """Extra pause before each streamed chunk (none by default)."""
        return 0.0

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the mock server is not running; use start() or `with MockServer() as server`")
        return f"http://{self.host}:{self._server.server_port}"

    def __repr__(self) -> str:
        state = (
            f"running at {self.url}"
            if self._thread is not None
            else (f"bound to {self.url}" if self._server is not None else "not running")
        )
        extras = [f"{len(self.violations)} violations" if self.violations else "no violations"]
        if self.faults is not None:
            extras.append(f"faults {self.faults.rates}")
        if self.strict_auth:
            extras.append("strict auth")
        return f"<MockServer {state}; {', '.join(extras)}>"

    def start(self) -> MockServer:
        if self._thread is None:
            self.stopping.clear()
            self.bind()
            assert self._server is not None
            self._thread = threading.Thread(
                target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        if self._server is not None:
            self._server.shutdown()
            for connection in list(_open_connections(self._server)):  # kept-alive ones end with the server
                try:
                    connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def bind(self) -> MockServer:
        """Take the port now (an ``OSError`` when it is in use) without serving yet; ``url`` then works."""
        if self._server is None:
            if self.port:  # werkzeug would print its own message and sys.exit(1): raise instead
                family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
                with socket.socket(family, socket.SOCK_STREAM) as probe:
                    probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                    probe.bind((self.host, self.port))
            self._server = make_server(
                self.host, self.port, self._app, threaded=True, request_handler=_QuietHandler
            )
            self._server.daemon_threads = True  # type: ignore[attr-defined]
        return self

    def serve_forever(self) -> None:
        """Run in the calling thread until interrupted (used by ``python -m imbrace.testing``)."""
        self.bind()
        assert self._server is not None
        try:
            self._server.serve_forever(poll_interval=0.2)
        finally:
            self._server.server_close()

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(
        self, et: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
