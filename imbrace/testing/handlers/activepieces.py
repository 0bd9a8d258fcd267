"""Mock handlers for the Activepieces flow engine: flows and their lifecycle, webhook triggers, runs.

The lifecycle is the real one: a new flow is a DRAFT with an empty trigger and DISABLED; its webhook is a
404 until the flow has a webhook trigger (``UPDATE_TRIGGER``) and is published (``LOCK_AND_PUBLISH``,
which also enables it). Every trigger records a run. A synchronous trigger answers with what the flow's
"Return Response" action returns; without one it gives up after ``MockServer.flow_sync_timeout`` with 408,
as the real engine does after 30 s. An assistant whose ``workflow_function_call`` names a flow calls it as
a tool when the user's message shares a word with the binding's description.
"""

from __future__ import annotations

import copy
import re
import time
from typing import Any

from .._app import Ctx, MockError, Reply, empty_reply, json_reply, text_reply
from .._constants import DEMO_ORGANIZATION_ID
from .._store import Store
from . import ChatExtras, chat_hook, handler, seed
from .boards import significant_words

DEMO_PROJECT_ID = "proj_demo000000000001"
DEMO_FLOW_ID = "flow_demo00000000001"
WEBHOOK_PIECE = "@activepieces/piece-webhook"
_EMPTY_TRIGGER = {
    "name": "trigger",
    "type": "EMPTY",
    "valid": False,
    "displayName": "Select Trigger",
    "settings": {},
}
_TEMPLATE = re.compile(r"\{\{\s*trigger\.(?:body\.)?([A-Za-z0-9_]+)\s*\}\}")


def _new_flow(store: Store, flow_id: str, display_name: str, project_id: str) -> dict[str, Any]:
    now = store.tick()
    return {
        "id": flow_id,
        "projectId": project_id,
        "folderId": None,
        "status": "DISABLED",
        "publishedVersionId": None,
        "created": now,
        "updated": now,
        "version": {
            "id": store.new_id("fv_"),
            "displayName": display_name,
            "state": "DRAFT",
            "valid": False,
            "trigger": dict(_EMPTY_TRIGGER),
            "actions": [],
        },
    }


def _webhook_trigger() -> dict[str, Any]:
    return {
        "name": "trigger",
        "type": "PIECE_TRIGGER",
        "valid": True,
        "displayName": "Webhook",
        "settings": {
            "pieceName": WEBHOOK_PIECE,
            "pieceVersion": "0.1.24",
            "triggerName": "catch_webhook",
            "input": {"authType": "none"},
            "propertySettings": {},
        },
    }


def _publish(flow: dict[str, Any]) -> None:
    flow["version"]["state"] = "LOCKED"
    flow["published"] = copy.deepcopy(flow["version"])
    flow["publishedVersionId"] = flow["version"]["id"]
    flow["status"] = "ENABLED"


@seed
def _seed(store: Store) -> None:
    store.table("projects")[DEMO_PROJECT_ID] = {
        "id": DEMO_PROJECT_ID,
        "displayName": "Demo project",
        "organization_id": DEMO_ORGANIZATION_ID,
    }
    flow = _new_flow(store, DEMO_FLOW_ID, "Welcome new contacts", DEMO_PROJECT_ID)
    flow["version"]["trigger"] = _webhook_trigger()
    flow["version"]["valid"] = True
    _publish(flow)
    store.table("flows")[DEMO_FLOW_ID] = flow


def _flow(ctx: Ctx, flow_id: str) -> dict[str, Any]:
    flow: dict[str, Any] | None = ctx.store.table("flows").get(flow_id)
    if flow is None:
        raise MockError(404, f"flow {flow_id} not found")
    return flow


def _public(flow: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in flow.items() if k != "published"}


# -- flows --------------------------------------------------------------------------------------------
@handler("create_flow")
def create_flow(ctx: Ctx) -> Reply:
    project_id = ctx.body["projectId"]
    if project_id not in ctx.store.table("projects"):
        raise MockError(404, f"project {project_id} not found")
    with ctx.store.lock:
        flow = _new_flow(ctx.store, ctx.store.new_id("flow_"), ctx.body["displayName"], project_id)
        ctx.store.table("flows")[flow["id"]] = flow
        ctx.effect()
    return json_reply(_public(flow), 201)


def _draft(ctx: Ctx, flow: dict[str, Any]) -> dict[str, Any]:
    """The editable version: editing a published (LOCKED) version starts a new draft."""
    version: dict[str, Any] = flow["version"]
    if version["state"] == "LOCKED":
        version = dict(copy.deepcopy(version), id=ctx.store.new_id("fv_"), state="DRAFT")
        flow["version"] = version
    return version


@handler("apply_flow_operation")
def apply_flow_operation(ctx: Ctx) -> Reply:
    op, request = ctx.body["type"], ctx.body.get("request") or {}
    with ctx.store.lock:
        flow = _flow(ctx, ctx.path["flow_id"])
        if op == "UPDATE_TRIGGER":
            version = _draft(ctx, flow)
            version["trigger"] = copy.deepcopy(request)
            version["valid"] = bool(request.get("valid", True))
        elif op == "ADD_ACTION":
            action = request.get("action")
            if not isinstance(action, dict) or not action.get("name"):
                raise MockError(400, "ADD_ACTION needs request.action with a name")
            _draft(ctx, flow)["actions"].append(copy.deepcopy(action))
        elif op == "LOCK_AND_PUBLISH":
            if flow["version"]["trigger"].get("type") == "EMPTY":
                raise MockError(400, "the flow has no trigger to publish; set one with UPDATE_TRIGGER first")
            _publish(flow)
        elif op == "CHANGE_STATUS":
            if request.get("status") == "ENABLED" and flow["publishedVersionId"] is None:
                raise MockError(400, "publish the flow before enabling it")
            flow["status"] = request.get("status", flow["status"])
        elif op == "CHANGE_NAME":
            _draft(ctx, flow)["displayName"] = request.get("displayName", flow["version"]["displayName"])
        else:
            raise MockError(422, f"the mock does not implement the {op} operation")
        flow["updated"] = ctx.store.tick()
        ctx.effect()
    return json_reply(_public(flow))


# -- triggers and runs ------------------------------------------------------------------------------
def _return_response(flow: dict[str, Any]) -> dict[str, Any] | None:
    """The input of the published version's "Return Response" action, if it has one."""
    for action in flow["published"].get("actions", []):
        settings = action.get("settings") or {}
        if settings.get("actionName") == "return_response" or action.get("displayName") == "Return Response":
            return dict(settings.get("input") or {})
    return None


def _fill(value: Any, payload: dict[str, Any]) -> Any:
    """Replace ``{{trigger.body.key}}`` (or ``{{trigger.key}}``) in strings with the payload's values."""
    if isinstance(value, str):
        whole = _TEMPLATE.fullmatch(value.strip())
        if whole:
            return payload.get(whole.group(1))
        return _TEMPLATE.sub(lambda m: str(payload.get(m.group(1), "")), value)
    if isinstance(value, dict):
        return {k: _fill(v, payload) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, payload) for v in value]
    return value


def run_flow(ctx: Ctx, flow_id: str, payload: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Record a run of a published webhook flow; returns the run and the flow's response (if any).

    404 unless the flow has a published webhook trigger and is enabled, as on the real engine.
    """
    with ctx.store.lock:
        flow = _flow(ctx, flow_id)
        published = flow.get("published")
        trigger = (published or {}).get("trigger", {})
        if (
            published is None
            or flow["status"] != "ENABLED"
            or (trigger.get("settings") or {}).get("pieceName") != WEBHOOK_PIECE
        ):
            raise MockError(404, f"flow {flow_id} has no published, enabled webhook trigger")
        started = ctx.store.tick()
        response = _return_response(flow)
        filled = _fill(response, payload) if response is not None else None
        run = {
            "id": ctx.store.new_id("run_"),
            "flowId": flow_id,
            "projectId": flow["projectId"],
            "flowDisplayName": published["displayName"],
            "status": "SUCCEEDED",
            "startTime": started,
            "finishTime": ctx.store.tick(),
            "triggerPayload": copy.deepcopy(payload),
        }
        ctx.store.table("flow_runs")[run["id"]] = run
    return run, filled


def _response_parts(response: dict[str, Any]) -> tuple[str, Any]:
    """(response type, body) of a Return Response input: ``{responseType, fields: {body}}`` or flat."""
    fields = response.get("fields")
    body = fields.get("body") if isinstance(fields, dict) else response.get("body")
    return str(response.get("responseType", "json")), body


@handler("trigger_flow")
def trigger_flow(ctx: Ctx) -> Reply:
    run_flow(ctx, ctx.path["flow_id"], ctx.body or {})
    ctx.effect()
    return empty_reply(200)  # the workflow spec's triggerFlow answers 200


@handler("trigger_flow_sync")
def trigger_flow_sync(ctx: Ctx) -> Reply:
    _, response = run_flow(ctx, ctx.path["flow_id"], ctx.body or {})
    ctx.effect()
    if response is None:
        time.sleep(max(0.0, min(ctx.server.flow_sync_timeout, 60.0)))
        raise MockError(
            408,
            f"Request Timeout: the flow returned no response within {ctx.server.flow_sync_timeout:g} s "
            "(add a Return Response action)",
        )
    kind, body = _response_parts(response)
    if body is None:
        return empty_reply(200)  # the workflow spec's triggerFlowSync answers 200 only
    if kind == "json":
        return json_reply(body)
    return text_reply(body if isinstance(body, str) else str(body))


# -- assistants call their bound flows ----------------------------------------------------------------
def _tool_name(flow: dict[str, Any] | None, flow_id: str) -> str:
    name = flow["version"]["displayName"] if flow else flow_id
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "flow"


@chat_hook
def call_bound_flows(ctx: Ctx, assistant: dict[str, Any], message: str) -> ChatExtras | None:
    """The first bound flow whose description shares a word with the message runs as a tool call."""
    words = significant_words(message)
    for binding in assistant.get("workflow_function_call") or []:
        if not words & significant_words(str(binding.get("description", ""))):
            continue
        flow_id = str(binding.get("flow_id"))
        flow = ctx.store.table("flows").get(flow_id)
        call_id = f"call_{ctx.store.new_id('')[-12:]}"
        tool, tool_input = _tool_name(flow, flow_id), {"message": message}
        chunks: list[dict[str, Any]] = [
            {"type": "tool-input-start", "toolCallId": call_id, "toolName": tool},
            {"type": "tool-input-available", "toolCallId": call_id, "toolName": tool, "input": tool_input},
        ]
        try:
            run, response = run_flow(ctx, flow_id, tool_input)
        except MockError as exc:
            chunks.append({"type": "tool-output-error", "toolCallId": call_id, "errorText": exc.message})
            return ChatExtras(chunks=chunks, text=f"I could not run the workflow {tool}: {exc.message}. ")
        output = (
            _response_parts(response)[1]
            if response is not None
            else {"runId": run["id"], "status": run["status"]}
        )
        chunks.append({"type": "tool-output-available", "toolCallId": call_id, "output": output})
        text = f"I ran the workflow \u201c{run['flowDisplayName']}\u201d (run {run['id']}, {run['status']}). "
        return ChatExtras(chunks=chunks, text=text)
    return None
