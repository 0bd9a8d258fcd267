"""Schemathesis against the mock, driven by our own specs: 0 failures, negative tests included.

Valid requests get answers that match the spec; requests the spec forbids are rejected with a 4xx,
never a 5xx. Every operation is exercised (each has a mock handler: tests/test_contract.py checks it),
through schemathesis's coverage phase and ``EXAMPLES`` fuzzed cases, positive and negative. Generation
is deterministic (derandomized), so the suite stays fast and stable: about 7,700 cases.

Two things are bounded rather than left out: a synchronous flow trigger whose flow never answers waits
``flow_sync_timeout`` before its 408 (kept short here), and event streams are checked event by event
(see :func:`per_event_streams`); the mock's streams are finite.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from typing import Any

import httpx
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
# One server-sent event, as schemathesis parses it from a text/event-stream reply.
SSE_EVENT = {
    "type": "object",
    "required": ["data", "event"],
    "properties": {
        "data": {"type": "string"},
        "event": {"type": "string", "minLength": 1},
        "id": {"type": "string"},
        "retry": {"type": "integer", "minimum": 0},
    },
    "additionalProperties": False,
}

load_handlers()


def per_event_streams(spec: dict[str, Any]) -> dict[str, Any]:
    """Tell schemathesis what one event of each ``text/event-stream`` reply looks like.

    OpenAPI 3.1 cannot describe stream items: our specs (like openapi-core and the generator) read the
    ``schema`` of an event stream as the whole stream's text (``type: string``), while schemathesis reads a
    3.1 ``schema`` as one event's. The spec's stream schemas are plain strings, so they become the 3.2
    ``itemSchema`` of a well-formed event; every other part of the spec is used as it is.
    """
    for item in spec["paths"].values():
        for operation in item.values():
            for response in operation.get("responses", {}).values() if isinstance(operation, dict) else ():
                media = response.get("content", {}).get("text/event-stream")
                if media is not None:
                    assert media["schema"].get("type") == "string", (
                        media
                    )  # a spec change needs a new rule here
                    response["content"]["text/event-stream"] = {"itemSchema": SSE_EVENT}
    return spec


def load(service: str) -> Any:
    text = resources.files(f"imbrace_generated.{service}").joinpath("openapi.json").read_text()
    spec = per_event_streams(json.loads(text))
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
    with MockServer(delta_delay_ms=0, flow_sync_timeout=0.05) as mock:
        yield mock
    assert not mock.violations, mock.violations


def checks_for(case: Any) -> list[Any]:
    """Every check, except that a multipart form cannot carry a wrongly typed value: each part is text, so a
    "negative" case that sends a number or a list where the spec says string is a valid form (whether the
    mock then answers 2xx depends on what earlier cases left in its state)."""
    if getattr(case, "media_type", None) == "multipart/form-data":
        return [check for check in CHECKS if check is not negative_data_rejection]
    return CHECKS


@ai_agent.parametrize()
def test_ai_agent_spec(case: Any, server: MockServer) -> None:
    case.call_and_validate(base_url=server.url, headers=AUTH, checks=checks_for(case))


@gateway.parametrize()
def test_gateway_spec(case: Any, server: MockServer) -> None:
    case.call_and_validate(base_url=server.url, headers=AUTH, checks=checks_for(case))


# -- the request checks the mock adds to openapi-core's, one example each -------------------------------
def test_malformed_multipart_is_a_400(server: MockServer) -> None:
    body = b"--b\r\nno headers, no name--b--\r\n"
    headers = {**AUTH, "content-type": "multipart/form-data; boundary=b"}
    reply = httpx.post(f"{server.url}/data-board/files/upload", content=body, headers=headers)
    assert reply.status_code == 400, reply.text


def test_unknown_multipart_part_is_a_400(server: MockServer) -> None:
    files = {"file": ("a.txt", b"hi", "text/plain")}
    reply = httpx.post(f"{server.url}/v3/ai/rag/files", files=files, data={"extra": "x"}, headers=AUTH)
    assert reply.status_code == 400 and "extra" in reply.json()["message"], reply.text
    assert httpx.post(f"{server.url}/v3/ai/rag/files", files=files, headers=AUTH).status_code == 201


def test_uri_format_is_enforced(server: MockServer) -> None:
    url = f"{server.url}/v3/ai/configs/tool_servers/verify"
    assert httpx.post(url, json={"url": "0"}, headers=AUTH).status_code == 400
    assert httpx.post(url, json={"url": "https://tools.example/mcp"}, headers=AUTH).json()["success"] is True
