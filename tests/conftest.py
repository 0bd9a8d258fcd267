"""Shared fixtures. The ``imbrace_mock`` fixture comes from the SDK's own pytest plugin.

The suite runs in parallel (``make pytest`` uses pytest-xdist, ``-n auto``), so a fixture here never
shares anything between processes: servers bind port 0 on 127.0.0.1, files go under ``tmp_path`` (one
base directory per worker), and environment changes go through ``monkeypatch``.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator

import pytest

from imbrace import AsyncImbraceClient, ImbraceClient
from imbrace.testing import MockServer

pytest_plugins: list[str] = []


@pytest.fixture
def client(imbrace_mock: MockServer) -> Iterator[ImbraceClient]:
    with ImbraceClient(base_url=imbrace_mock.url, api_key="api_test", max_retries=0) as c:
        yield c


@pytest.fixture
async def aclient(imbrace_mock: MockServer) -> AsyncIterator[AsyncImbraceClient]:
    async with AsyncImbraceClient(base_url=imbrace_mock.url, api_key="api_test", max_retries=0) as c:
        yield c


@pytest.fixture(scope="session")
def seeded_mock() -> Iterator[MockServer]:
    """One mock per test process (per xdist worker), shared by the tests that only read its seeded data.

    Use it through ``read_only_client``, which fails a test that changes the state; a test that writes
    takes ``client`` (a fresh ``imbrace_mock`` of its own) instead.
    """
    with MockServer(delta_delay_ms=0) as server:
        yield server
    assert not server.violations, f"the mock saw spec violations: {server.violations}"


def _state(server: MockServer) -> str:
    """The shared mock's whole state, as canonical JSON, to prove a read-only test left it unchanged."""
    with server.store.lock:
        tables = server.store._tables  # the mock's tables: this check wants all of them, not one
        return json.dumps({"tables": tables, "effects": server.store.effects}, sort_keys=True, default=repr)


@pytest.fixture
def read_only_client(seeded_mock: MockServer) -> Iterator[ImbraceClient]:
    """A client of the shared ``seeded_mock``; the test fails if it changed the mock's state."""
    before = _state(seeded_mock)
    with ImbraceClient(base_url=seeded_mock.url, api_key="api_test", max_retries=0) as c:
        yield c
    assert _state(seeded_mock) == before, "this test changes the mock's state: give it `client` instead"


@pytest.fixture(autouse=True)
def _no_imbrace_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "IMBRACE_API_KEY",
        "IMBRACE_ACCESS_TOKEN",
        "IMBRACE_ORGANIZATION_ID",
        "IMBRACE_ENV",
        "IMBRACE_BASE_URL",
        "IMBRACE_GATEWAY_URL",
        "IMBRACE_LOG",
    ):
        monkeypatch.delenv(name, raising=False)
