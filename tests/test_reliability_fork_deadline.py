"""Processes and time: a client survives ``os.fork()`` (fresh connections in the child, no crossed replies,
no deadlock on the pool's lock), and a timeout bounds a whole attempt, a deadline the whole call.

Servers are on 127.0.0.1; fork tests wait for the child with a deadline and kill it past that. The only
timing assertions are generous upper bounds (a 1 s timeout must end in < 3 s).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from imbrace import (
    APITimeoutError,
    AsyncImbraceClient,
    ImbraceClient,
    InvalidRequestError,
    ServiceUnavailableError,
)
from imbrace.testing import DEMO_PLAIN_ASSISTANT_ID, DEMO_USER_ID, MockServer


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


# -- fork safety ----------------------------------------------------------------------------------------

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork() is POSIX-only")
CHILD_SECONDS = 30


def in_child(work: Callable[[], object]) -> tuple[int, int]:
    """Fork; the child runs ``work`` and exits, writing its JSON result to a pipe. Returns the child's pid
    and the pipe's read end (see :func:`child_result`)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 0
        try:
            result: object = work()
        except BaseException as exc:  # noqa: BLE001 - reported to the parent
            result, code = f"{type(exc).__name__}: {exc}", 1
        try:
            os.write(write_end, json.dumps(result).encode())
        finally:
            os._exit(code)
    os.close(write_end)
    return pid, read_end


def child_result(pid: int, read_end: int) -> object:
    """The child's result; a child still running after CHILD_SECONDS is killed and fails the test."""
    deadline = time.monotonic() + CHILD_SECONDS
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            os.close(read_end)
            pytest.fail(f"the forked child hung for {CHILD_SECONDS} s")
        time.sleep(0.02)
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    assert os.waitstatus_to_exitcode(status) == 0, data.decode(errors="replace")
    return json.loads(data)


def tagged_calls(client: ImbraceClient, who: str) -> list[str]:
    """20 calls from 4 threads, each reply checked against its own question: "ok", "crossed" or an error."""

    def one(n: int) -> str:
        tag = f"{who}-{n}"
        body = {
            "id": str(uuid.uuid4()),
            "assistant_id": DEMO_PLAIN_ASSISTANT_ID,
            "user_id": DEMO_USER_ID,
            "messages": [{"role": "user", "content": f"question {tag}"}],
        }
        try:
            text = "".join(client.ai_agent.stream_chat_text(body))
        except Exception as exc:  # noqa: BLE001 - counted
            return type(exc).__name__
        return "ok" if f"question {tag}\u201d" in text else "crossed"

    with ThreadPoolExecutor(4) as pool:
        return list(pool.map(one, range(20)))


@needs_fork
def test_a_client_used_before_fork_works_in_child_and_parent_with_no_crossed_replies() -> None:
    with MockServer(delta_delay_ms=0) as server:  # keeps connections alive, so the pool holds sockets
        client = ImbraceClient(base_url=server.url, api_key="k", max_retries=0, timeout=10)
        with client:
            tagged_calls(client, "warm")
            inherited = client._transport.client
            assert len(inherited._transport._pool.connections) > 0  # type: ignore[attr-defined]

            def child() -> dict[str, object]:
                results = tagged_calls(client, "child")
                return {"results": results, "fresh_pool": client._transport.client is not inherited}

            pid, pipe = in_child(child)
            parent = tagged_calls(client, "parent")
            reported = child_result(pid, pipe)
            assert client._transport.client is inherited  # the parent's pool is untouched
    assert isinstance(reported, dict) and reported["fresh_pool"] is True
    assert parent == ["ok"] * 20
    assert reported["results"] == ["ok"] * 20


@needs_fork
def test_a_fork_while_another_thread_holds_the_pool_lock_does_not_deadlock_the_child() -> None:
    with MockServer(delta_delay_ms=0) as server:
        client = ImbraceClient(base_url=server.url, api_key="k", max_retries=0, timeout=5)
        with client:
            client.ai_agent.get_health()
            # Another thread mid-call, inside the pool's critical section at the moment of the fork:
            pool_lock = client._transport.client._transport._pool._optional_thread_lock  # type: ignore[attr-defined]
            held, release = threading.Event(), threading.Event()

            def mid_call() -> None:
                with pool_lock:
                    held.set()
                    release.wait(CHILD_SECONDS)

            thread = threading.Thread(target=mid_call, daemon=True)
            thread.start()
            assert held.wait(5)
            try:
                pid, pipe = in_child(lambda: client.ai_agent.get_health(detailed=True)["status"])
            finally:
                release.set()
                thread.join(5)
            assert isinstance(child_result(pid, pipe), str)
            client.ai_agent.get_health()  # and the parent goes on


@needs_fork
def test_an_async_client_used_before_fork_gets_fresh_connections_in_the_child() -> None:
    with MockServer(delta_delay_ms=0) as server:
        client = AsyncImbraceClient(base_url=server.url, api_key="k", max_retries=0, timeout=5)

        async def use() -> object:
            return (await client.ai_agent.get_health())["status"]

        asyncio.run(use())
        inherited = client._transport.client

        def child() -> dict[str, object]:
            status = asyncio.run(use())
            return {"status": status, "fresh_pool": client._transport.client is not inherited}

        pid, pipe = in_child(child)
        reported = child_result(pid, pipe)
        assert client._transport.client is inherited
    assert reported == {"status": "ok", "fresh_pool": True}
