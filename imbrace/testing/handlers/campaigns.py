"""Mock handlers for ``client.campaign``: campaigns and touchpoints (plain CRUD is the spec's
``x-imbrace-crud``). Deleting a campaign deletes its touchpoints; a touchpoint names an existing campaign;
``validate_touchpoint`` takes both documented forms, ``{touchpoint_id}`` and a configuration
``{type, template_id}``. Seeded: a campaign ``camp_demo`` with the touchpoint ``tp_demo``.
"""

from __future__ import annotations

from typing import Any

from .._app import Ctx, MockError, Reply, json_reply
from .._constants import DEMO_ORGANIZATION_ID
from .._store import Store
from . import handler, seed

DEMO_CAMPAIGN_ID = "camp_demo"
DEMO_TOUCHPOINT_ID = "tp_demo"


@seed
def _seed_campaign(store: Store) -> None:
    now = store.tick()
    store.table("campaigns")[DEMO_CAMPAIGN_ID] = {
        "_id": DEMO_CAMPAIGN_ID,
        "name": "Welcome series",
        "status": "active",
        "channel_type": "whatsapp",
        "organization_id": DEMO_ORGANIZATION_ID,
        "created_at": now,
        "updated_at": now,
    }
    store.table("touchpoints")[DEMO_TOUCHPOINT_ID] = {
        "_id": DEMO_TOUCHPOINT_ID,
        "name": "Welcome message",
        "type": "message",
        "campaign_id": DEMO_CAMPAIGN_ID,
        "message": {"text": "Hi! Welcome to our service."},
        "delay_days": 0,
        "status": "active",
        "organization_id": DEMO_ORGANIZATION_ID,
        "created_at": now,
        "updated_at": now,
    }


def _campaign(ctx: Ctx, campaign_id: str) -> dict[str, Any]:
    campaign: dict[str, Any] | None = ctx.store.table("campaigns").get(campaign_id)
    if campaign is None or campaign.get("organization_id") != ctx.organization_id:
        raise MockError(404, f"campaign {campaign_id} not found")
    return campaign


@handler("delete_campaign")
def delete_campaign(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        campaign = _campaign(ctx, ctx.path["campaign_id"])
        touchpoints = ctx.store.table("touchpoints")
        for tp_id in [k for k, t in touchpoints.items() if t.get("campaign_id") == campaign["_id"]]:
            del touchpoints[tp_id]
        del ctx.store.table("campaigns")[campaign["_id"]]
        ctx.effect()
    return json_reply({"_id": campaign["_id"], "deleted": True})


@handler("create_touchpoint")
def create_touchpoint(ctx: Ctx) -> Reply:
    body = dict(ctx.body)
    with ctx.store.lock:
        if body.get("campaign_id"):
            _campaign(ctx, body["campaign_id"])
        now = ctx.store.tick()
        tp_id = ctx.store.new_id("tp_")
        row = {"status": "draft", **body, "_id": tp_id, "created_at": now, "updated_at": now}
        ctx.store.table("touchpoints")[tp_id] = row
        ctx.effect()
        return json_reply({k: v for k, v in row.items() if k != "organization_id"})


def _problems(touchpoint: dict[str, Any]) -> list[str]:
    errors = []
    kind = touchpoint.get("type")
    if not kind:
        errors.append("type: is required")
    if kind == "message" and not touchpoint.get("message"):
        errors.append("message: a message touchpoint needs a message")
    if kind == "email" and not (touchpoint.get("template_id") or touchpoint.get("message")):
        errors.append("template_id: an email touchpoint needs a template or a message")
    return errors


@handler("validate_touchpoint")
def validate_touchpoint(ctx: Ctx) -> Reply:
    body = dict(ctx.body)
    with ctx.store.lock:
        if body.get("touchpoint_id"):
            touchpoint = ctx.store.table("touchpoints").get(body["touchpoint_id"])
            if touchpoint is None or touchpoint.get("organization_id") != ctx.organization_id:
                raise MockError(404, f"touchpoint {body['touchpoint_id']} not found")
            errors = _problems(touchpoint)
        else:
            errors = _problems(body)
    return json_reply({"valid": not errors, "errors": errors})
