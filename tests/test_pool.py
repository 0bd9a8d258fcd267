"""The one-pass connection assignment that replaces httpcore 1.0's quadratic one (imbrace/_pool.py)."""

from __future__ import annotations

import asyncio
from typing import Any

import httpcore

from imbrace import AsyncImbraceClient
from imbrace._pool import assign
from imbrace.testing import MockServer

ORIGIN = httpcore.URL("http://127.0.0.1:1/").origin


class FakeConnection:
    def __init__(self, idle: bool = True, expired: bool = False) -> None:
        self.idle, self.expired, self.polled = idle, expired, 0

    def is_closed(self) -> bool:
        return False

    def is_idle(self) -> bool:
        return self.idle

    def is_available(self) -> bool:
        return self.idle

    def has_expired(self) -> bool:
        self.polled += 1
        return self.expired

    def can_handle_request(self, origin: Any) -> bool:
        return True


class FakeRequest:
    def __init__(self) -> None:
        self.connection: Any = None
        self.request = httpcore.Request("GET", "http://127.0.0.1:1/")

    def is_queued(self) -> bool:
        return self.connection is None

    def assign_to_connection(self, connection: Any) -> None:
        self.connection = connection


class FakePool:
    def __init__(self, connections: list[FakeConnection], requests: int, max_connections: int) -> None:
        self._connections: list[Any] = list(connections)
        self._requests = [FakeRequest() for _ in range(requests)]
        self._max_connections = max_connections
        self._max_keepalive_connections = max_connections

    def create_connection(self, origin: Any) -> FakeConnection:
        return FakeConnection(idle=False)


def test_an_idle_connection_is_never_handed_to_two_requests() -> None:
    a, b = FakeConnection(), FakeConnection()
    pool = FakePool([a, b], requests=3, max_connections=2)
    assert assign(pool) == []
    assert [r.connection for r in pool._requests] == [a, b, None]  # the third waits its turn


def test_only_the_connection_about_to_be_reused_is_polled() -> None:
    stale, fresh, spare = FakeConnection(expired=True), FakeConnection(), FakeConnection()
    pool = FakePool([stale, fresh, spare], requests=1, max_connections=3)
    assign(pool)
    assert pool._requests[0].connection is fresh
    assert (stale.polled, fresh.polled, spare.polled) == (1, 1, 0)


def test_new_connections_up_to_the_limit_then_stale_ones_are_replaced() -> None:
    stale = FakeConnection(expired=True)
    pool = FakePool([stale], requests=3, max_connections=2)
    closing = assign(pool)
    assert pool._requests[0].connection not in (None, stale)
    assert closing == [stale] and pool._requests[1].connection is not None
    assert pool._requests[2].connection is None and len(pool._connections) == 2


async def test_many_tasks_share_a_small_pool() -> None:
    with MockServer(delta_delay_ms=0) as server:
        async with AsyncImbraceClient(base_url=server.url, api_key="k", max_connections=4) as client:
            versions = await asyncio.gather(*(client.ai_agent.get_version() for _ in range(200)))
            pool = client._transport.client._transport._pool  # type: ignore[attr-defined]
            assert len(pool.connections) <= 4
    assert {v["version"] for v in versions} == {"2.0.0-mock"}
