"""Shared fixtures. The ``imbrace_mock`` fixture comes from the SDK's own pytest plugin."""

from __future__ import annotations

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
