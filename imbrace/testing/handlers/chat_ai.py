"""Mock handlers for agents, agent apps and agent files under ``/v3/ai``.

Agents and apps are one object in the ``assistants`` table that ``ai_agent`` seeds and chats with, so an
agent created here can be chatted with at once. Like the real service, ``PUT /assistant_apps/{id}``
replaces the whole agent (omitted fields fall back to their defaults, even in a partial body); it also
honours ``If-Match`` (the agent's ``updated_at``) with 412, which is how the SDK's read-merge-write detects
lost updates.
"""

from __future__ import annotations

from typing import Any

from .._app import Ctx, MockError, Reply, json_reply
from . import handler
from .ai_agent import find_assistant

AGENT_DEFAULTS: dict[str, Any] = {
    "description": "",
    "instructions": "",
    "streaming": False,
    "folder_ids": [],
    "board_ids": [],
    "file_ids": [],
    "workflow_function_call": [],
    "metadata": {},
    "sub_agents": [],
    "team_leads": [],
    "agent_type": "assistant",
    "provider_id": "system",
    "model_id": "Default",
}


def _org_agents(ctx: Ctx) -> list[dict[str, Any]]:
    org = ctx.organization_id
    return [a for a in ctx.store.table("assistants").values() if a.get("organization_id") == org]


def _listing(agents: list[dict[str, Any]]) -> Reply:
    return json_reply({"data": agents, "total": len(agents)})


def _check_unique(ctx: Ctx, workflow_name: str, agent_id: str | None) -> None:
    for other in _org_agents(ctx):
        if other.get("workflow_name") == workflow_name and other["id"] != agent_id:
            raise MockError(409, f"workflow_name {workflow_name!r} is already used in this organization")


def _write(ctx: Ctx, agent_id: str, body: dict[str, Any], base: dict[str, Any]) -> dict[str, Any]:
    """Store ``body`` as the whole agent ``agent_id`` (defaults for what it omits).

    A partial PUT keeps only the agent's names (``workflow_name`` is its unique key in the organization,
    ``name`` what people see); everything else it omits is reset."""
    identity: dict[str, Any] = {key: base[key] for key in ("name", "workflow_name") if key in base}
    agent = {
        **AGENT_DEFAULTS,
        **identity,
        **body,
        "id": agent_id,
        "_id": agent_id,
        "organization_id": base.get("organization_id", ctx.organization_id),
        "created_at": base.get("created_at") or ctx.store.tick(),
        "updated_at": ctx.store.tick(),
    }
    _check_unique(ctx, agent["workflow_name"], agent_id)
    ctx.store.table("assistants")[agent_id] = agent
    ctx.effect()
    return agent


@handler("list_agents")
def list_agents(ctx: Ctx) -> Reply:
    return _listing([a for a in _org_agents(ctx) if a.get("agent_type") != "team_lead"])


@handler("check_ai_agent_name")
def check_ai_agent_name(ctx: Ctx) -> Reply:
    name = ctx.query["name"]
    taken = any(name in (a.get("workflow_name"), a.get("name")) for a in _org_agents(ctx))
    return json_reply({"available": not taken, "name": name})


@handler("create_ai_agent_app")
def create_ai_agent_app(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        agent = _write(ctx, ctx.store.new_id(), ctx.body, {})
    return json_reply(agent, 201)


@handler("update_ai_agent_app")
def update_ai_agent_app(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        current = find_assistant(ctx, ctx.path["id"])
        expected = ctx.headers.get("if-match")
        if expected is not None and expected.strip('"') != current.get("updated_at"):
            raise MockError(412, "the agent changed since it was read (If-Match does not match updated_at)")
        agent = _write(ctx, current["id"], ctx.body, current)
    return json_reply(agent)


@handler("upload_agent_file")
def upload_agent_file(ctx: Ctx) -> Reply:
    upload, fields = ctx.form()
    agent_id = fields.get("agent_id")
    if agent_id:
        find_assistant(ctx, agent_id)
    with ctx.store.lock:
        file_id = ctx.store.new_id("file_")
        record = {
            "_id": file_id,
            "id": file_id,
            "name": upload.filename or "upload.bin",
            "size": len(upload.data),
            "content_type": upload.content_type,
            "created_at": ctx.store.tick(),
            **({"agent_id": agent_id} if agent_id else {}),
        }
        ctx.store.table("agent_files")[file_id] = {**record, "data": upload.data}
        ctx.effect()
    return json_reply(record, 201)


def extracted_text(data: bytes) -> str:
    """Text of a file: UTF-8 text as is, otherwise its printable runs (enough for a fake PDF)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        runs = [r.decode("ascii") for r in _printable_runs(data)]
        return "\n".join(runs)


def _printable_runs(data: bytes) -> list[bytes]:
    import re

    return re.findall(rb"[\x20-\x7e]{4,}", data)


@handler("extract_file")
def extract_file(ctx: Ctx) -> Reply:
    upload, _ = ctx.form()
    return json_reply(
        {
            "name": upload.filename or "upload.bin",
            "content": extracted_text(upload.data),
            "content_type": upload.content_type,
            "size": len(upload.data),
        }
    )
