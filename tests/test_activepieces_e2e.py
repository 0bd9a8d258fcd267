"""``client.activepieces`` end to end against the mock: the Full Flow Guide §2 snippets as written, the flow
lifecycle, synchronous triggers and their timeout, runs, pagination, and an assistant calling its flow."""

from __future__ import annotations

import httpx
import pytest

from imbrace import AsyncImbraceClient, FlowTimeoutError, ImbraceClient, InvalidRequestError, NotFoundError
from imbrace.resources.activepieces import FLOW_WAIT_MARGIN, GATEWAY_FLOW_WAIT
from imbrace.testing import DEMO_ASSISTANT_ID, MockServer
from imbrace.testing.handlers.activepieces import DEMO_FLOW_ID, DEMO_PROJECT_ID

FAST_SYNC = pytest.mark.imbrace_mock(flow_sync_timeout=0.05)

WEBHOOK_TRIGGER = {
    "type": "UPDATE_TRIGGER",
    "request": {
        "name": "trigger",
        "type": "PIECE_TRIGGER",
        "valid": True,
        "displayName": "Webhook",
        "settings": {
            "pieceName": "@activepieces/piece-webhook",
            "pieceVersion": "0.1.24",
            "triggerName": "catch_webhook",
            "input": {"authType": "none"},
            "propertySettings": {},
        },
    },
}
PUBLISH = {"type": "LOCK_AND_PUBLISH", "request": {}}


def return_response(body: object, response_type: str = "json") -> dict[str, object]:
    return {
        "type": "ADD_ACTION",
        "request": {
            "parentStep": "trigger",
            "action": {
                "name": "step_1",
                "type": "PIECE",
                "valid": True,
                "displayName": "Return Response",
                "settings": {
                    "pieceName": "@activepieces/piece-webhook",
                    "pieceVersion": "0.1.24",
                    "actionName": "return_response",
                    "input": {"responseType": response_type, "fields": {"status": 200, "body": body}},
                    "propertySettings": {},
                },
            },
        },
    }


def published_flow(client: ImbraceClient, *actions: dict[str, object]) -> str:
    flow = client.activepieces.create_flow(display_name="CRM Update on New Lead", project_id=DEMO_PROJECT_ID)
    client.activepieces.apply_flow_operation(flow["id"], WEBHOOK_TRIGGER)
    for action in actions:
        client.activepieces.apply_flow_operation(flow["id"], action)
    client.activepieces.apply_flow_operation(flow["id"], PUBLISH)
    return str(flow["id"])


# -- the guide's snippets, as written --------------------------------------------------------------------
@FAST_SYNC
def test_full_flow_section_2_runs_as_written(
    client: ImbraceClient, imbrace_mock: MockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assistant_id = DEMO_ASSISTANT_ID
    res = client.activepieces.list_flows(limit=5)
    flows = res.get("data", [])
    project_id = flows[0]["projectId"] if flows else None
    print("Project ID:", project_id)

    flow = client.activepieces.create_flow(
        display_name="CRM Update on New Lead",
        project_id=project_id,
    )
    print("Flow created:", flow["id"])

    # Set the Webhook piece as the flow's trigger
    client.activepieces.apply_flow_operation(
        flow["id"],
        {
            "type": "UPDATE_TRIGGER",
            "request": {
                "name": "trigger",
                "type": "PIECE_TRIGGER",
                "valid": True,
                "displayName": "Webhook",
                "settings": {
                    "pieceName": "@activepieces/piece-webhook",
                    "pieceVersion": "0.1.24",
                    "triggerName": "catch_webhook",
                    "input": {"authType": "none"},
                    "propertySettings": {},
                },
            },
        },
    )
    # Publish — DISABLED → ENABLED, webhook URL becomes live
    client.activepieces.apply_flow_operation(
        flow["id"],
        {
            "type": "LOCK_AND_PUBLISH",
            "request": {},
        },
    )

    # Fire and forget (async)
    client.activepieces.trigger_flow(
        flow["id"],
        {
            "contact_name": "Jane Smith",
            "email": "jane@example.com",
        },
    )
    # Sync trigger: this flow has no "Return Response" action, so the gateway gives up (the docs warn)
    with pytest.raises(FlowTimeoutError) as info:
        result = client.activepieces.trigger_flow_sync(
            flow["id"],
            {
                "contact_name": "Jane Smith",
                "email": "jane@example.com",
            },
        )
        print("Flow result:", result)
    assert "Return Response" in str(info.value)

    imbrace_mock.store.table("assistants")[assistant_id]["workflow_function_call"] = [
        {"flow_id": flow["id"], "description": "Update CRM on new lead"}
    ]  # what client.chat_ai.update_assistant(...) stores

    res = client.activepieces.list_runs(flow_id=flow["id"], limit=10)
    for run in res.get("data", []):
        print(run["id"], run.get("status"), run.get("startTime"))

    out = capsys.readouterr().out
    assert f"Project ID: {DEMO_PROJECT_ID}" in out
    assert f"Flow created: {flow['id']}" in out
    assert out.count("SUCCEEDED") == 2  # one run per trigger, fire-and-forget and sync


def test_d1_the_namespace_is_client_activepieces(client: ImbraceClient) -> None:
    page = client.activepieces.list_flows(limit=5)
    assert page["data"][0]["projectId"] == DEMO_PROJECT_ID
    assert page.data[0].project_id == DEMO_PROJECT_ID


def test_workflows_is_the_same_namespace_object(client: ImbraceClient) -> None:
    assert client.workflows is client.activepieces
    assert client.workflows.list_flows(limit=1)["data"][0]["id"] == DEMO_FLOW_ID


async def test_async_workflows_is_the_same_namespace_object(aclient: AsyncImbraceClient) -> None:
    assert aclient.workflows is aclient.activepieces
    assert (await aclient.workflows.get_flow(DEMO_FLOW_ID))["id"] == DEMO_FLOW_ID


# -- lifecycle ---------------------------------------------------------------------------------------------
def test_a_new_flow_is_a_draft_without_trigger_and_its_webhook_is_404_until_published(
    client: ImbraceClient,
) -> None:
    flow = client.activepieces.create_flow(display_name="Draft", project_id=DEMO_PROJECT_ID)
    assert flow["status"] == "DISABLED"
    assert flow["version"]["state"] == "DRAFT"
    assert flow["version"]["trigger"]["type"] == "EMPTY"
    with pytest.raises(NotFoundError):
        client.activepieces.trigger_flow(flow["id"], {"x": 1})
    client.activepieces.apply_flow_operation(flow["id"], WEBHOOK_TRIGGER)
    with pytest.raises(NotFoundError):  # a trigger alone is not enough: the flow is not published
        client.activepieces.trigger_flow(flow["id"], {"x": 1})
    published = client.activepieces.apply_flow_operation(flow["id"], PUBLISH)
    assert published is not None
    assert published["status"] == "ENABLED"
    assert published["version"]["state"] == "LOCKED"
    assert client.activepieces.trigger_flow(flow["id"], {"x": 1}) is None
    runs = client.activepieces.list_runs(flow_id=flow["id"])["data"]
    assert [r["status"] for r in runs] == ["SUCCEEDED"]
    assert client.activepieces.get_run(runs[0]["id"])["flowId"] == flow["id"]


def test_get_and_delete_flow(client: ImbraceClient) -> None:
    flow = client.activepieces.create_flow(display_name="Temp", project_id=DEMO_PROJECT_ID)
    assert client.activepieces.get_flow(flow["id"])["version"]["displayName"] == "Temp"
    assert client.activepieces.delete_flow(flow["id"]) is None
    with pytest.raises(NotFoundError):
        client.activepieces.get_flow(flow["id"])


def test_unknown_operation_type_is_rejected_before_sending(
    client: ImbraceClient, imbrace_mock: MockServer
) -> None:
    with pytest.raises(InvalidRequestError) as info:
        client.activepieces.apply_flow_operation(DEMO_FLOW_ID, {"type": "PUBLISH_PLEASE", "request": {}})
    assert info.value.param.startswith("body")
    assert imbrace_mock.store.effects["apply_flow_operation"] == 0


# -- synchronous triggers ----------------------------------------------------------------------------------
def test_trigger_flow_sync_returns_the_json_of_return_response(client: ImbraceClient) -> None:
    flow_id = published_flow(client, return_response({"ok": True, "email": "{{trigger.body.email}}"}))
    result = client.activepieces.trigger_flow_sync(flow_id, {"email": "jane@example.com"})
    assert result == {"ok": True, "email": "jane@example.com"}


def test_trigger_flow_sync_returns_text_when_the_flow_answers_text(client: ImbraceClient) -> None:
    flow_id = published_flow(client, return_response("Hello {{trigger.body.name}}", "raw"))
    assert client.activepieces.trigger_flow_sync(flow_id, {"name": "Jane"}) == "Hello Jane"


@FAST_SYNC
def test_trigger_flow_sync_without_return_response_raises_flow_timeout(
    client: ImbraceClient, imbrace_mock: MockServer
) -> None:
    flow_id = published_flow(client)
    with pytest.raises(FlowTimeoutError) as info:
        client.activepieces.trigger_flow_sync(flow_id, {"a": 1})
    assert info.value.status_code == 408
    assert "Return Response" in str(info.value) and flow_id in str(info.value)
    assert imbrace_mock.store.effects["trigger_flow_sync"] == 1  # not retried


def test_b20_sync_trigger_waits_longer_than_the_gateway(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[dict[str, float | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json={"id": "f1"})

    transport = httpx.MockTransport(handler)
    with ImbraceClient(
        base_url="http://127.0.0.1:9", api_key="k", timeout=10, http_client=httpx.Client(transport=transport)
    ) as client:
        assert client.activepieces.trigger_flow_sync("f1", {}) == {"id": "f1"}
        client.activepieces.get_flow("f1")
    sync_timeout, normal_timeout = seen
    assert normal_timeout["read"] == 10
    assert sync_timeout["read"] is not None and sync_timeout["read"] >= GATEWAY_FLOW_WAIT + FLOW_WAIT_MARGIN
    assert sync_timeout["read"] > GATEWAY_FLOW_WAIT


def test_b20_a_gateway_504_is_a_flow_timeout_too() -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(504, json={"message": "upstream timed out"}))
    with (
        ImbraceClient(
            base_url="http://127.0.0.1:9",
            api_key="k",
            max_retries=0,
            http_client=httpx.Client(transport=transport),
        ) as client,
        pytest.raises(FlowTimeoutError) as info,
    ):
        client.activepieces.trigger_flow_sync("f1", {})
    assert info.value.status_code == 504


def test_b20_any_content_type_comes_back_as_is() -> None:
    replies = iter(
        [
            httpx.Response(200, json=["a", 1]),
            httpx.Response(200, text="plain", headers={"content-type": "text/plain"}),
            httpx.Response(200),  # a Return Response without a body
        ]
    )
    transport = httpx.MockTransport(lambda r: next(replies))
    with ImbraceClient(
        base_url="http://127.0.0.1:9", api_key="k", http_client=httpx.Client(transport=transport)
    ) as client:
        assert client.activepieces.trigger_flow_sync("f1", {}) == ["a", 1]
        assert client.activepieces.trigger_flow_sync("f1", {}) == "plain"
        assert client.activepieces.trigger_flow_sync("f1", {}) is None


def test_b6_flow_ids_are_percent_encoded() -> None:
    paths: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.raw_path.decode())
        return httpx.Response(200, json={"id": "x"})

    with ImbraceClient(
        base_url="http://127.0.0.1:9",
        api_key="k",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    ) as client:
        client.activepieces.get_flow("a/../b?c")
    assert paths == ["/activepieces/v1/flows/a%2F..%2Fb%3Fc"]


# -- pagination ----------------------------------------------------------------------------------------
def test_iter_flows_and_iter_runs_follow_the_cursor(client: ImbraceClient) -> None:
    for n in range(4):
        client.activepieces.create_flow(display_name=f"F{n}", project_id=DEMO_PROJECT_ID)
    first = client.activepieces.list_flows(limit=2)
    assert len(first["data"]) == 2 and first["next"]
    ids = [f["id"] for f in client.activepieces.iter_flows(limit=2)]
    assert len(ids) == 5 and len(set(ids)) == 5 and DEMO_FLOW_ID in ids
    for n in range(3):
        client.activepieces.trigger_flow(DEMO_FLOW_ID, {"n": n})
    runs = list(client.activepieces.iter_runs(flow_id=DEMO_FLOW_ID, limit=2))
    assert [r["triggerPayload"]["n"] for r in runs] == [2, 1, 0]  # newest first


def test_list_flows_filters(client: ImbraceClient) -> None:
    client.activepieces.create_flow(display_name="Draft", project_id=DEMO_PROJECT_ID)
    enabled = client.activepieces.list_flows(status="ENABLED", project_id=DEMO_PROJECT_ID)["data"]
    assert [f["id"] for f in enabled] == [DEMO_FLOW_ID]


# -- an assistant calls its bound flow ---------------------------------------------------------------------
def test_bound_assistant_calls_the_flow_as_a_tool_and_records_a_run(
    client: ImbraceClient, imbrace_mock: MockServer
) -> None:
    flow_id = published_flow(client, return_response({"crm": "updated", "lead": "{{trigger.message}}"}))
    imbrace_mock.store.table("assistants")[DEMO_ASSISTANT_ID]["workflow_function_call"] = [
        {"flow_id": flow_id, "description": "Update CRM on new lead"}
    ]
    body = {"assistant_id": DEMO_ASSISTANT_ID, "messages": [{"role": "user", "content": "A new lead: Jane"}]}
    events = list(client.ai_agent.stream_chat_events(body))
    types = [e["type"] for e in events]
    assert types.index("tool-input-start") < types.index("tool-input-available")
    assert (
        types.index("tool-input-available") < types.index("tool-output-available") < types.index("text-delta")
    )
    output = next(e for e in events if e["type"] == "tool-output-available")
    assert output["output"] == {"crm": "updated", "lead": "A new lead: Jane"}
    runs = client.activepieces.list_runs(flow_id=flow_id)["data"]
    assert len(runs) == 1 and runs[0]["status"] == "SUCCEEDED"
    text = "".join(
        client.ai_agent.stream_chat_text({**body, "messages": [{"role": "user", "content": "Hi"}]})
    )
    assert "workflow" not in text  # no shared word: no tool call
    assert len(client.activepieces.list_runs(flow_id=flow_id)["data"]) == 1


# -- async -------------------------------------------------------------------------------------------------
@FAST_SYNC
async def test_async_section_2(aclient: AsyncImbraceClient) -> None:
    res = await aclient.activepieces.list_flows(limit=5)
    project_id = res["data"][0]["projectId"]
    flow = await aclient.activepieces.create_flow(
        display_name="CRM Update on New Lead", project_id=project_id
    )
    await aclient.activepieces.apply_flow_operation(flow["id"], WEBHOOK_TRIGGER)
    with pytest.raises(NotFoundError):
        await aclient.activepieces.trigger_flow(flow["id"], {"a": 1})
    await aclient.activepieces.apply_flow_operation(flow["id"], PUBLISH)
    await aclient.activepieces.trigger_flow(flow["id"], {"contact_name": "Jane Smith"})
    with pytest.raises(FlowTimeoutError):
        await aclient.activepieces.trigger_flow_sync(flow["id"], {"contact_name": "Jane Smith"})
    runs = await aclient.activepieces.list_runs(flow_id=flow["id"], limit=10)
    assert [r["status"] for r in runs["data"]] == ["SUCCEEDED", "SUCCEEDED"]
    assert (await aclient.activepieces.get_run(runs["data"][0]["id"]))["id"] == runs["data"][0]["id"]
    ids = [f["id"] async for f in aclient.activepieces.iter_flows(limit=1)]
    assert flow["id"] in ids and DEMO_FLOW_ID in ids
    assert [r["id"] async for r in aclient.activepieces.iter_runs(flow_id=flow["id"], limit=1)] == [
        r["id"] for r in runs["data"]
    ]
    assert (await aclient.activepieces.get_flow(flow["id"]))["status"] == "ENABLED"
    await aclient.activepieces.delete_flow(flow["id"])


async def test_async_trigger_flow_sync_returns_the_flow_response(aclient: AsyncImbraceClient) -> None:
    flow = await aclient.activepieces.create_flow(display_name="Echo", project_id=DEMO_PROJECT_ID)
    for op in (WEBHOOK_TRIGGER, return_response({"echo": "{{trigger.body.v}}"}), PUBLISH):
        await aclient.activepieces.apply_flow_operation(flow["id"], op)
    assert await aclient.activepieces.trigger_flow_sync(flow["id"], {"v": "x"}) == {"echo": "x"}


def test_an_operation_without_request_is_accepted(client: ImbraceClient) -> None:
    """The official workflow spec requires only ``type`` on a flow operation; ``request`` defaults to {}."""
    projects = client.activepieces.list_flows(limit=1)
    flow = client.activepieces.create_flow(
        display_name="No request", project_id=projects["data"][0]["projectId"]
    )
    renamed = client.activepieces.apply_flow_operation(flow["id"], {"type": "CHANGE_NAME"})
    assert renamed["id"] == flow["id"]
