"""Processes and time: a client survives ``os.fork()`` (fresh connections in the child, no crossed replies,
no deadlock on the pool's lock), and a timeout bounds a whole attempt, a deadline the whole call.

Servers are on 127.0.0.1; fork tests wait for the child with a deadline and kill it past that. The only
timing assertions are generous upper bounds (a 1 s timeout must end in < 3 s).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from imbrace import (
    APITimeoutError,
    AsyncImbraceClient,
    ImbraceClient,
    InvalidRequestError,
    ServiceUnavailableError,
)
from imbrace.testing import MockServer


class DripServer:
    """Answers every request with a ``length``-byte body sent one byte every ``gap`` seconds."""

    def __init__(self, length: int = 20, gap: float = 0.4, content_type: str = "application/json") -> None:
        self.length, self.gap, self.content_type = length, gap, content_type
        self.requests = 0
        self.stop = threading.Event()
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.settimeout(10)
                conn.recv(65536)
                self.requests += 1
                conn.sendall(
                    f"HTTP/1.1 200 OK\r\ncontent-type: {self.content_type}\r\n"
                    f"content-length: {self.length}\r\n\r\n".encode()
                )
                for _ in range(self.length):
                    if self.stop.wait(self.gap):
                        return
                    conn.sendall(b" ")
            except OSError:
                pass

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.fixture
def drip() -> Iterator[DripServer]:
    server = DripServer()
    yield server
    server.close()


# -- deadlines ----------------------------------------------------------------------------------------


def test_timeout_bounds_a_dripping_reply_per_attempt(drip: DripServer) -> None:
    # 20 bytes 0.4 s apart: every socket read succeeds, but the reply takes 8 s. timeout=1 ends it at ~1 s.
    with ImbraceClient(base_url=drip.url, api_key="k", timeout=1, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            client.ai_agent.get_health()
        assert time.monotonic() - started < 3
    assert "timeout=1s" in str(caught.value) and caught.value.retries_taken == 0


def test_each_retry_gets_its_own_attempt_budget(drip: DripServer, monkeypatch: pytest.MonkeyPatch) -> None:
    from imbrace._transport import SyncTransport

    monkeypatch.setattr(SyncTransport, "sleep", staticmethod(lambda s: None))
    with ImbraceClient(base_url=drip.url, api_key="k", timeout=1, max_retries=1) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            client.ai_agent.get_health()
        assert time.monotonic() - started < 5
    assert caught.value.retries_taken == 1 and drip.requests == 2


async def test_async_timeout_bounds_a_dripping_reply_per_attempt(drip: DripServer) -> None:
    async with AsyncImbraceClient(base_url=drip.url, api_key="k", timeout=1, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            await client.ai_agent.get_health()
        assert time.monotonic() - started < 3
    assert "timeout=1s" in str(caught.value)


def test_deadline_bounds_the_whole_call_across_retries(drip: DripServer) -> None:
    # Without a deadline: 4 attempts of 1.5 s plus backoff (0.5 + 1 + 2 s) = ~9.5 s. deadline=2 stops it at 2 s.
    with ImbraceClient(base_url=drip.url, api_key="k", timeout=1.5, max_retries=3) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            client.with_options(deadline=2).ai_agent.get_health()
        assert time.monotonic() - started < 4
    assert "deadline=2s" in str(caught.value) and "whole call" in str(caught.value)
    assert drip.requests <= 2


def test_a_per_call_deadline_option(drip: DripServer) -> None:
    with ImbraceClient(base_url=drip.url, api_key="k", timeout=30, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            client.ai_agent.get_health(deadline=1)
        assert time.monotonic() - started < 3
    assert "deadline=1s" in str(caught.value)


async def test_async_deadline_bounds_the_whole_call(drip: DripServer) -> None:
    async with AsyncImbraceClient(base_url=drip.url, api_key="k", timeout=30, max_retries=3) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            await client.with_options(deadline=1).ai_agent.get_health()
        assert time.monotonic() - started < 3
    assert "deadline=1s" in str(caught.value)


def test_a_deadline_skips_a_retry_it_could_not_wait_for() -> None:
    # Every reply is a 503; backoff waits 0.5 s, then 1 s: with deadline=1.2 the second retry would end past it.
    with MockServer(faults="503:1", delta_delay_ms=0) as server:
        client = ImbraceClient(base_url=server.url, api_key="k", max_retries=5)
        started = time.monotonic()
        with client, pytest.raises(ServiceUnavailableError) as caught:
            client.with_options(deadline=1.2).ai_agent.get_health()
        assert time.monotonic() - started < 3
    assert caught.value.retries_taken <= 2


def test_streams_keep_their_per_read_timeout() -> None:
    # A streamed reply of 2 s, a byte every 0.25 s, read under timeout=1: a long stream is legitimate.
    server = DripServer(length=8, gap=0.25)
    try:
        client = ImbraceClient(base_url=server.url, api_key="k", timeout=1, max_retries=0)
        with client, client.with_streaming_response.ai_agent.get_health() as response:
            body = b"".join(response.iter_bytes())
        assert body == b" " * 8
    finally:
        server.close()


@pytest.mark.parametrize("bad", [0, -1, "10", True, float("inf")])
def test_a_bad_deadline_is_refused(bad: object) -> None:
    client = ImbraceClient(base_url="http://127.0.0.1:9", api_key="k")
    with pytest.raises(InvalidRequestError, match="deadline"):
        client.with_options(deadline=bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidRequestError, match="deadline"):
        client.ai_agent.get_health(deadline=bad)  # type: ignore[arg-type]
