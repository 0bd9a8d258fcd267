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
    """A running ``imbrace.testing.MockServer`` (the Imbrace mock), freshly seeded, on a free 127.0.0.1 port.
    Point a client at it: ``ImbraceClient(base_url=imbrace_mock.url, api_key="api_test")`` (any
    non-empty credential works). Configure it with the marker, whose keywords go to ``MockServer``:
    ``@pytest.mark.imbrace_mock(delta_delay_ms=20, faults="503:0.3", seed=7, strict_auth=True)``.

    Each test gets its own server, so tests may change its state and run in parallel (pytest-xdist).
    Replies stream without pacing (``delta_delay_ms=0``) unless the marker says otherwise.
    ``imbrace_mock.store`` holds the state, ``imbrace_mock.faults`` counts injected faults, and the test
    fails at teardown if the mock saw a request or a reply that breaks the spec.
    """
    from . import require_testing_extra

    require_testing_extra("the imbrace_mock fixture")
    from ._server import MockServer

    marker = request.node.get_closest_marker("imbrace_mock")
    options: dict[str, Any] = {"delta_delay_ms": 0.0}
    if marker is not None:
        options.update(marker.kwargs)
    with MockServer(**options) as server:
        yield server
    assert not server.violations, f"the mock saw spec violations: {server.violations}"
