"""``MockServer``: the mock on a loopback port, in a background thread of this process."""

from __future__ import annotations

import threading
from types import TracebackType
from typing import Any

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from ._app import MockApp
from ._constants import DEMO_ORGANIZATION_ID
from ._faults import FaultPlan, IdempotencyCache
from ._store import OWNER, Store
from .handlers import SEEDERS, load_handlers


class _QuietHandler(WSGIRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_request(self, *args: Any, **kwargs: Any) -> None:
        pass

    def log(self, *args: Any, **kwargs: Any) -> None:
        pass


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

    def start(self) -> MockServer:
        if self._server is None:
            self.stopping.clear()
            self._server = make_server(
                self.host, self.port, self._app, threaded=True, request_handler=_QuietHandler
            )
            self._server.daemon_threads = True  # type: ignore[attr-defined]
            self._thread = threading.Thread(
                target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def serve_forever(self) -> None:
        """Run in the calling thread until interrupted (used by ``python -m imbrace.testing``)."""
        self._server = make_server(
            self.host, self.port, self._app, threaded=True, request_handler=_QuietHandler
        )
        self._server.daemon_threads = True  # type: ignore[attr-defined]
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
