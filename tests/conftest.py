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
def client(request: pytest.FixtureRequest) -> Iterator[ImbraceClient]:
    """A client of the test's own fresh ``imbrace_mock``; under ``@pytest.mark.reads_seeded_data``, of the
    process's shared ``seeded_mock`` instead (no server to start), failing the test if it changed the state.
    """
    if request.node.get_closest_marker("reads_seeded_data") is None:
        server: MockServer = request.getfixturevalue("imbrace_mock")
        with ImbraceClient(base_url=server.url, api_key="api_test", max_retries=0) as c:
            yield c
        return
    shared: MockServer = request.getfixturevalue("seeded_mock")
    before = _state(shared)
    with ImbraceClient(base_url=shared.url, api_key="api_test", max_retries=0) as c:
        yield c
    assert _state(shared) == before, (
        "the test changed the shared mock's state: drop its reads_seeded_data mark"
    )


@pytest.fixture
async def aclient(imbrace_mock: MockServer) -> AsyncIterator[AsyncImbraceClient]:
    async with AsyncImbraceClient(base_url=imbrace_mock.url, api_key="api_test", max_retries=0) as c:
        yield c


@pytest.fixture(scope="session")
def seeded_mock() -> Iterator[MockServer]:
    """One mock per test process (per xdist worker), shared by the tests that only read its seeded data.

    A test marked ``@pytest.mark.reads_seeded_data`` gets a ``client`` of it, and fails if it changed the
    state; every other test gets a fresh ``imbrace_mock`` of its own.
    """
    with MockServer(delta_delay_ms=0) as server:
        yield server
    assert not server.violations, f"the mock saw spec violations: {server.violations}"


def _state(server: MockServer) -> str:
    """The shared mock's whole state, as canonical JSON, to prove a read-only test left it unchanged."""
    with server.store.lock:
        tables = server.store._tables  # the mock's tables: this check wants all of them, not one
        return json.dumps({"tables": tables, "effects": server.store.effects}, sort_keys=True, default=repr)


@pytest.fixture(autouse=True)
def _no_imbrace_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "IMBRACE_API_KEY",
        "IMBRACE_ACCESS_TOKEN",
        "IMBRACE_ORGANIZATION_ID",
        "IMBRACE_ORG_ID",
        "IMBRACE_ENV",
        "IMBRACE_BASE_URL",
        "IMBRACE_GATEWAY_URL",
        "IMBRACE_LOG",
    ):
        monkeypatch.delenv(name, raising=False)
