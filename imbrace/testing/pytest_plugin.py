"""pytest plugin (registered through the ``pytest11`` entry point): the ``imbrace_mock`` fixture.

    def test_my_bot(imbrace_mock):
        client = ImbraceClient(base_url=imbrace_mock.url, api_key="api_test")
        ...

Each test gets a fresh server with freshly seeded state; replies stream without pacing
(``delta_delay_ms=0``) unless a test asks for it with ``@pytest.mark.imbrace_mock(delta_delay_ms=20)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from ._server import MockServer


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "imbrace_mock(**options): MockServer options for the imbrace_mock fixture"
    )


@pytest.fixture
def imbrace_mock(request: pytest.FixtureRequest) -> Iterator[MockServer]:
    from ._server import MockServer

    marker = request.node.get_closest_marker("imbrace_mock")
    options: dict[str, Any] = {"delta_delay_ms": 0.0}
    if marker is not None:
        options.update(marker.kwargs)
    with MockServer(**options) as server:
        yield server
    assert not server.violations, f"the mock saw spec violations: {server.violations}"
