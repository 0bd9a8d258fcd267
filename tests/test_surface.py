"""The declarative surface: sync and async from one definition, typed signatures, per-call options,
raw and streaming responses, docstrings."""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from imbrace import AsyncImbraceClient, ImbraceClient, InvalidRequestError
from imbrace._resource import Flow, IterFlow
from imbrace.testing import DEMO_ASSISTANT_ID, MockServer

NAMESPACES = (
    "ai_agent",
    "ai",
    "chat_ai",
    "boards",
    "folders",
    "activepieces",
    "workflows",
    "platform",
    "account",
    "organizations",
    "teams",
    "health",
    "settings",
    "sessions",
    "roles",
    "audit_logs",
    "license",
    "contacts",
    "categories",
    "message_suggestion",
    "predict",
    "channel",
    "outbound",
    "conversations",
    "messages",
    "campaign",
)


def public_methods(namespace: object) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(getattr(namespace, name))
        for name in dir(namespace)
        if not name.startswith("_") and callable(getattr(namespace, name))
    }


@pytest.mark.parametrize("name", NAMESPACES)
def test_sync_and_async_namespaces_have_the_same_methods_and_signatures(name: str) -> None:
    sync_ns = getattr(ImbraceClient(api_key="k"), name)
    async_ns = getattr(AsyncImbraceClient(api_key="k"), name)
    sync_methods, async_methods = public_methods(sync_ns), public_methods(async_ns)
    assert sync_methods.keys() == async_methods.keys()
    for method, signature in sync_methods.items():
        assert signature == async_methods[method], method
        assert signature.return_annotation == async_methods[method].return_annotation, method


@pytest.mark.parametrize("name", NAMESPACES)
def test_every_public_method_has_a_docstring_and_the_per_call_options(name: str) -> None:
    namespace = getattr(ImbraceClient(api_key="k"), name)
    for method, signature in public_methods(namespace).items():
        assert (getattr(namespace, method).__doc__ or "").strip(), f"{name}.{method} has no docstring"
        declared = inspect.getattr_static(type(namespace), method)
        if not isinstance(declared, IterFlow) and method != "session":
            kinds = [p.kind for p in signature.parameters.values()]
            assert inspect.Parameter.VAR_KEYWORD in kinds, f"{name}.{method} takes no per-call options"


def test_workflows_is_activepieces() -> None:
    client = ImbraceClient(api_key="k")
    assert client.workflows is client.activepieces


def test_a_plain_operation_costs_no_hand_written_code() -> None:
    from imbrace.resources.chat_ai import ChatAi
    from imbrace_generated.gateway.namespaces import ChatAiOperations

    assert "get_ai_agent" not in vars(ChatAi) and "get_ai_agent" in vars(ChatAiOperations)
    assert isinstance(vars(ChatAi)["update_ai_agent"], Flow)


class Recorder:
    """An httpx transport that answers every request with an agent and records what was sent."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        headers = {"x-request-id": "req_1", "content-type": "application/json"}
        agent = {
            "id": "a1",
            "_id": "a1",
            "name": "Agent",
            "workflow_name": "agent",
            "provider_id": "system",
            "model_id": "Default",
        }
        return httpx.Response(200, json=agent, headers=headers)


@pytest.fixture
def recorded() -> Iterator[tuple[ImbraceClient, Recorder]]:
    recorder = Recorder()
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    with ImbraceClient(base_url="http://127.0.0.1:9", api_key="k", http_client=http) as client:
        yield client, recorder


def test_extra_headers_query_and_timeout_reach_the_request(recorded: tuple[ImbraceClient, Recorder]) -> None:
    client, recorder = recorded
    agent = client.chat_ai.get_ai_agent(
        "a1", extra_headers={"X-Trace": "t1"}, extra_query={"expand": "tools"}, timeout=7
    )
    assert agent.name == "Agent"
    sent = recorder.requests[-1]
    assert sent.headers["x-trace"] == "t1"
    assert sent.url.params["expand"] == "tools"
    assert sent.extensions["timeout"]["read"] == 7


def test_extra_body_sends_a_field_the_spec_does_not_know(recorded: tuple[ImbraceClient, Recorder]) -> None:
    client, recorder = recorded
    client.chat_ai.update_ai_agent_instructions("a1", "Be brief", extra_body={"beta_flag": True})
    assert json.loads(recorder.requests[-1].content) == {"instructions": "Be brief", "beta_flag": True}


def test_flow_options_apply_to_every_request_it_sends(recorded: tuple[ImbraceClient, Recorder]) -> None:
    client, recorder = recorded
    client.chat_ai.update_assistant("a1", {"description": "d"}, extra_headers={"X-Trace": "t2"})
    assert [r.method for r in recorder.requests] == ["GET", "PUT"]
    assert all(r.headers["x-trace"] == "t2" for r in recorder.requests)


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"extra_headers": ["x"]}, "extra_headers"),
        ({"extra_body": "x"}, "extra_body"),
        ({"timeout": -1}, "timeout"),
    ],
)
def test_bad_per_call_options_are_refused_before_sending(
    recorded: tuple[ImbraceClient, Recorder], kwargs: dict[str, Any], param: str
) -> None:
    client, recorder = recorded
    with pytest.raises(InvalidRequestError) as info:
        client.chat_ai.get_ai_agent("a1", **kwargs)
    assert info.value.param == param
    assert recorder.requests == []


def test_wrong_arguments_raise_type_errors_naming_them(recorded: tuple[ImbraceClient, Recorder]) -> None:
    client, recorder = recorded
    with pytest.raises(TypeError, match="unexpected keyword argument 'agentid'"):
        client.chat_ai.get_ai_agent("a1", agentid="a1")  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="positional"):
        client.chat_ai.get_ai_agent("a1", "a2")  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="apikey"):
        ImbraceClient(apikey="k")  # type: ignore[call-arg]
    assert recorder.requests == []


def test_raw_response_carries_status_headers_request_id_and_retries(
    recorded: tuple[ImbraceClient, Recorder],
) -> None:
    client, _ = recorded
    raw = client.with_raw_response.chat_ai.get_ai_agent("a1")
    assert (raw.status_code, raw.request_id, raw.retries_taken) == (200, "req_1", 0)
    assert raw.headers["content-type"] == "application/json"
    assert raw.parse().name == "Agent"
    assert raw.parse() is raw.parse()


def test_raw_response_of_a_flow_parses_to_the_flow_result(recorded: tuple[ImbraceClient, Recorder]) -> None:
    client, _ = recorded
    raw = client.with_raw_response.chat_ai.update_assistant("a1", {"description": "d"})
    assert raw.http_response.request.method == "PUT"
    assert raw.parse().name == "Agent"


def test_streaming_response_does_not_read_the_body_first(imbrace_mock: MockServer) -> None:
    with ImbraceClient(base_url=imbrace_mock.url, api_key="k") as client:
        with client.with_streaming_response.chat_ai.get_ai_agent(DEMO_ASSISTANT_ID) as response:
            assert not response.http_response.is_stream_consumed
            assert response.parse()["id"] == DEMO_ASSISTANT_ID
        assert response.http_response.is_closed


async def test_async_raw_and_streaming_responses(imbrace_mock: MockServer) -> None:
    async with AsyncImbraceClient(base_url=imbrace_mock.url, api_key="k") as client:
        raw = await client.with_raw_response.chat_ai.get_ai_agent(DEMO_ASSISTANT_ID)
        assert (await raw.parse())["id"] == DEMO_ASSISTANT_ID
        async with client.with_streaming_response.chat_ai.get_ai_agent(DEMO_ASSISTANT_ID) as response:
            assert (await response.parse())["id"] == DEMO_ASSISTANT_ID
        agent = await client.chat_ai.get_ai_agent(DEMO_ASSISTANT_ID, extra_headers={"X-Trace": "t"})
        assert agent["id"] == DEMO_ASSISTANT_ID


def test_help_shows_the_typed_signature_and_summary() -> None:
    method = ImbraceClient(api_key="k").chat_ai.get_ai_agent
    assert "One agent" in (method.__doc__ or "")
    assert "**options" in str(inspect.signature(method))
    assert list(inspect.signature(method).parameters)[0] == "agent_id"


class _Probe:
    """A namespace with one flow that opens a stream and then fails, as a broken export would."""

    opened: list[httpx.Response] = []


def _failing_namespace() -> type:
    from imbrace._operations import Call
    from imbrace._resource import FlowGen, Resource, flow

    class Failing(Resource[Any]):
        _service = "gateway"

        @flow
        def open_then_fail(self) -> FlowGen[None]:
            response = yield Call(self._op("get_ai_agent"), {"id": DEMO_ASSISTANT_ID}, stream=True)
            _Probe.opened.append(response)
            raise ValueError("the destination is not writable")

    return Failing


def test_a_failing_flow_closes_the_streams_it_opened(imbrace_mock: MockServer) -> None:
    _Probe.opened.clear()
    with (
        ImbraceClient(base_url=imbrace_mock.url, api_key="k") as client,
        pytest.raises(ValueError, match="not writable"),
    ):
        _failing_namespace()(client).open_then_fail()
    assert _Probe.opened[0].is_closed


async def test_a_failing_async_flow_closes_the_streams_it_opened(imbrace_mock: MockServer) -> None:
    _Probe.opened.clear()
    async with AsyncImbraceClient(base_url=imbrace_mock.url, api_key="k") as client:
        with pytest.raises(ValueError, match="not writable"):
            await _failing_namespace()(client).open_then_fail()
    assert _Probe.opened[0].is_closed
