"""Schemathesis against the mock, driven by our own specs: 0 failures, negative tests included.

Valid requests get answers that match the spec; requests the spec forbids are rejected with a 4xx,
never a 5xx. Operations whose mock handler does not exist yet are left out. Generation is
deterministic and bounded (``EXAMPLES`` per operation and mode), so the suite stays fast and stable.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from typing import Any

import pytest
import schemathesis
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    negative_data_rejection,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from imbrace.testing import MockServer
from imbrace.testing.handlers import HANDLERS, load_handlers

EXAMPLES = 25
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]
AUTH = {"x-api-key": "api_contract"}

load_handlers()


def load(service: str) -> Any:
    spec = json.loads(resources.files(f"imbrace_generated.{service}").joinpath("openapi.json").read_text())
    schema = schemathesis.openapi.from_dict(spec)
    schema.config.generation.update(
        modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
        max_examples=EXAMPLES,
        deterministic=True,
        no_shrink=True,
    )
    schema.config.update(headers=AUTH, request_timeout=10)
    return schema.include(operation_id=sorted(HANDLERS))


ai_agent = load("ai_agent")
gateway = load("gateway")


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer(delta_delay_ms=0) as mock:
        yield mock
    assert not mock.violations, mock.violations


@ai_agent.parametrize()
def test_ai_agent_spec(case: Any, server: MockServer) -> None:
    case.call_and_validate(base_url=server.url, headers=AUTH, checks=CHECKS)


@gateway.parametrize()
def test_gateway_spec(case: Any, server: MockServer) -> None:
    case.call_and_validate(base_url=server.url, headers=AUTH, checks=CHECKS)
