"""Mock handlers for ``client.channel`` and ``client.outbound`` (`/channel-service`).

Channels live in the ``channels`` table (one organization's invisible to another): the demo organization
has a web channel (``DEMO_CHANNEL_ID``, its default, what ``platform.init_channel`` returns), a WhatsApp, a
Facebook and an email channel. Every per-type creation call makes a row of its type; a WhatsApp access
token given at creation is kept as a stored credential (``channel_credentials``), never on the channel.
A Facebook channel is made for one page of a stored Facebook credential. Workflow links live in
``channel_workflows`` (keyed by workflow id; the channel carries ``workflow_id``), and deleting a channel
removes its links. Outbound sends are recorded in the ``outbound`` table (the evidence says nothing of
them reaching a conversation) and noted on the contact's activity log when they name a contact.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .._app import Ctx, MockError, Reply, json_reply
from .._constants import DEMO_CHANNEL_ID, DEMO_ORGANIZATION_ID
from .._store import Store
from . import handler, seed
from .platform import caller, members

CHANNELS = "channels"
CREDENTIALS = "channel_credentials"
LINKS = "channel_workflows"
OUTBOUND = "outbound"

DEMO_WHATSAPP_CHANNEL_ID = "ch_whatsapp_demo"
DEMO_FACEBOOK_CHANNEL_ID = "ch_facebook_demo"
DEMO_EMAIL_CHANNEL_ID = "ch_email_demo"
DEMO_FACEBOOK_CREDENTIAL_ID = "cred_facebook_demo"
DEMO_WHATSAPP_CREDENTIAL_ID = "cred_whatsapp_demo"
DEMO_FACEBOOK_PAGES = (("fb_page_demo", "Demo Page"), ("fb_page_shop", "Demo Shop"))

_SEEDED_CHANNELS = (  # (id, type, name, extra fields)
    (DEMO_CHANNEL_ID, "web", "Website Chat", {"is_default": True, "config": {"widget_color": "#3366ff"}}),
    (
        DEMO_WHATSAPP_CHANNEL_ID,
        "whatsapp",
        "WhatsApp Support",
        {
            "phone_number_id": "109876543210",
            "credential_id": DEMO_WHATSAPP_CREDENTIAL_ID,
            "config": {"display_phone_number": "+6580001234"},
        },
    ),
    (
        DEMO_FACEBOOK_CHANNEL_ID,
        "facebook",
        "Demo Page",
        {"page_id": "fb_page_demo", "credential_id": DEMO_FACEBOOK_CREDENTIAL_ID, "config": {}},
    ),
    (DEMO_EMAIL_CHANNEL_ID, "email", "Support Inbox", {"email": "support@demo.example.com", "config": {}}),
)
_ID_KEYS = ("channel_id", "id", "_id")
_FIXED = frozenset({"id", "_id", "channel_id", "organization_id", "created_at", "type", "active"})


@seed
def _seed_channels(store: Store) -> None:
    now = store.tick()
    credentials = store.table(CREDENTIALS)
    credentials[DEMO_FACEBOOK_CREDENTIAL_ID] = {
        "_id": DEMO_FACEBOOK_CREDENTIAL_ID,
        "id": DEMO_FACEBOOK_CREDENTIAL_ID,
        "type": "facebook",
        "name": "Demo Facebook login",
        "credentials": {"access_token": "EAAB-demo-secret"},
        "pages": [
            {"_id": pid, "id": pid, "name": name, "category": "Business"} for pid, name in DEMO_FACEBOOK_PAGES
        ],
        "organization_id": DEMO_ORGANIZATION_ID,
        "created_at": now,
        "updated_at": now,
    }
    credentials[DEMO_WHATSAPP_CREDENTIAL_ID] = {
        "_id": DEMO_WHATSAPP_CREDENTIAL_ID,
        "id": DEMO_WHATSAPP_CREDENTIAL_ID,
        "type": "whatsapp",
        "name": "WhatsApp Business API",
        "credentials": {"access_token": "EAAG-demo-secret"},
        "organization_id": DEMO_ORGANIZATION_ID,
        "created_at": now,
        "updated_at": now,
    }
    channels = store.table(CHANNELS)
    for channel_id, kind, name, extra in _SEEDED_CHANNELS:
        channels[channel_id] = {
            "object_name": "channel",
            "id": channel_id,
            "_id": channel_id,
            "type": kind,
            "name": name,
            "is_active": True,
            "is_default": False,
            "workflow_id": None,
            "organization_id": DEMO_ORGANIZATION_ID,
            "created_at": now,
            "updated_at": now,
            **extra,
        }


# -- helpers ------------------------------------------------------------------------------------------------
def org_channel(ctx: Ctx, channel_id: str, field: str = "channel_id") -> dict[str, Any]:
    """The caller's organization's channel (a 404 otherwise; ``field`` names where the id came from)."""
    channel: dict[str, Any] | None = ctx.store.table(CHANNELS).get(channel_id)
    if channel is None or channel.get("organization_id") != ctx.organization_id:
        raise MockError(404, f"channel {channel_id} not found", field=field)
    return channel


def _org_credential(ctx: Ctx, credential_id: str) -> dict[str, Any]:
    credential: dict[str, Any] | None = ctx.store.table(CREDENTIALS).get(credential_id)
    if credential is None or credential.get("organization_id") != ctx.organization_id:
        raise MockError(404, f"credential {credential_id} not found", field="credential_id")
    return credential


def _shown(channel: dict[str, Any]) -> dict[str, Any]:
    return dict(channel)


def _named_channel(ctx: Ctx, kind: str | None) -> dict[str, Any]:
    """The channel a body-only route names by ``channel_id`` (or ``id``/``_id``), of type ``kind``."""
    given = next((ctx.body[k] for k in _ID_KEYS if isinstance(ctx.body.get(k), str) and ctx.body[k]), None)
    if given is None:
        raise MockError(400, "body.channel_id is required: name the channel to change", field="channel_id")
    channel = org_channel(ctx, given)
    if kind is not None and channel["type"] != kind:
        raise MockError(
            400, f"channel {given} is a {channel['type']} channel, not {kind}", field="channel_id"
        )
    return channel


def _apply(channel: dict[str, Any], body: dict[str, Any]) -> None:
    """Merge an update: the docs' ``active`` is ``is_active``; ``config`` is merged key by key."""
    changes = {k: v for k, v in body.items() if k not in _FIXED}
    if "active" in body:
        changes.setdefault("is_active", body["active"])
    if isinstance(changes.get("config"), dict):
        changes["config"] = {**(channel.get("config") or {}), **changes["config"]}
    channel.update(changes)


def _create(ctx: Ctx, kind: str, body: dict[str, Any], name: str) -> Reply:
    with ctx.store.lock:
        channel_id = ctx.store.new_id("ch_")
        now = ctx.store.tick()
        row = {
            **{k: v for k, v in body.items() if k not in _FIXED and k != "access_token"},
            "object_name": "channel",
            "id": channel_id,
            "_id": channel_id,
            "type": kind,
            "name": name,
            "is_active": bool(body.get("is_active", True)),
            "is_default": False,
            "workflow_id": None,
            "config": dict(body.get("config") or {}),
            "organization_id": ctx.organization_id,
            "created_at": now,
            "updated_at": now,
        }
        ctx.store.table(CHANNELS)[channel_id] = row
        ctx.effect()
        return json_reply({"data": _shown(row)})


# -- list, count, get/update/delete -------------------------------------------------------------------------
@handler("list_channels")
def list_channels(ctx: Ctx) -> Reply:
    """Filter by ``type``; page by ``offset`` (the agent-tools spec) or by ``page`` (the official package's
    ``list_all``, which reads ``pagination.has_next``)."""
    kind = ctx.query.get("type")
    limit = int(ctx.query.get("limit") or 20)
    with ctx.store.lock:
        rows = [
            _shown(c)
            for c in ctx.store.table(CHANNELS).values()
            if c.get("organization_id") == ctx.organization_id and (not kind or c.get("type") == kind)
        ]
    total = len(rows)
    if ctx.query.get("page") is not None:
        page = int(ctx.query["page"])
        start = (page - 1) * limit
        pages = max(1, -(-total // limit))
        info = {
            "page": page,
            "limit": limit,
            "total": total,
            "total_pages": pages,
            "has_next": start + limit < total,
            "has_prev": page > 1,
        }
        return json_reply({"data": rows[start : start + limit], "total": total, "pagination": info})
    offset = int(ctx.query.get("offset") or 0)
    return json_reply(
        {"data": rows[offset : offset + limit], "total": total, "limit": limit, "offset": offset}
    )


@handler("count_channels")
def count_channels(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        kinds = Counter(
            c["type"]
            for c in ctx.store.table(CHANNELS).values()
            if c.get("organization_id") == ctx.organization_id
        )
    return json_reply({"total": sum(kinds.values()), "by_type": dict(kinds)})


@handler("count_channel_conversations")
def count_channel_conversations(ctx: Ctx) -> Reply:
    """The ``conversations`` table counted per channel type; ``view`` narrows to the caller's."""
    team_id, status, view = (ctx.query.get(k) for k in ("team_id", "status", "view"))
    with ctx.store.lock:
        me = caller(ctx)["id"]
        channels = ctx.store.table(CHANNELS)
        kinds: Counter[str] = Counter()
        for conv in ctx.store.table("conversations").values():
            if conv.get("organization_id") != ctx.organization_id:
                continue
            if (team_id and conv.get("team_id") != team_id) or (status and conv.get("status") != status):
                continue
            if view in ("joined", "yours", "mine") and me not in (
                *(conv.get("members") or ()),
                *(conv.get("assignees") or ()),
            ):
                continue
            channel = channels.get(conv.get("channel_id") or "") or {}
            kinds[conv.get("channel_type") or channel.get("type") or "unknown"] += 1
    return json_reply({"total": sum(kinds.values()), "by_type": dict(kinds)})


@handler("update_channel")
def update_channel(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        channel = org_channel(ctx, ctx.path["channel_id"])
        _apply(channel, dict(ctx.body))
        channel["updated_at"] = ctx.store.tick()
        ctx.effect()
        return json_reply({"data": _shown(channel)})


def _delete(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        channel = org_channel(ctx, ctx.path["channel_id"])
        del ctx.store.table(CHANNELS)[channel["id"]]
        links = ctx.store.table(LINKS)
        for workflow_id in [w for w, link in links.items() if link["channel_id"] == channel["id"]]:
            del links[workflow_id]
        ctx.effect()
        return json_reply({"data": _shown(channel)})


handler("delete_channel")(_delete)
handler("delete_channel_v3")(_delete)


@handler("replace_channel")
def replace_channel(ctx: Ctx) -> Reply:
    """The body becomes the channel (its id, organization, type unless given, and creation time stay)."""
    with ctx.store.lock:
        channel = _named_channel(ctx, None)
        kept = {k: channel[k] for k in ("object_name", "id", "_id", "organization_id", "created_at", "type")}
        channel.clear()
        channel.update({k: v for k, v in ctx.body.items() if k not in _FIXED})
        channel.update(kept)
        if ctx.body.get("type"):
            channel["type"] = ctx.body["type"]
        channel.setdefault("is_active", True)
        channel.setdefault("workflow_id", None)
        channel["updated_at"] = ctx.store.tick()
        ctx.effect()
        return json_reply({"data": _shown(channel)})


# -- creation, per type -------------------------------------------------------------------------------------
@handler("create_channel")
def create_channel(ctx: Ctx) -> Reply:
    body = dict(ctx.body)
    return _create(ctx, body["type"], body, body.get("name") or f"{body['type']} channel")


def _typed(kind: str) -> Any:
    def create(ctx: Ctx) -> Reply:
        return _create(ctx, kind, dict(ctx.body), ctx.body["name"])

    return create


for _op, _kind in (
    ("create_web_channel", "web"),
    ("create_web_channel_v3", "web"),
    ("create_instagram_channel", "instagram"),
    ("create_instagram_channel_v2", "instagram"),
    ("create_email_channel", "email"),
    ("create_wechat_channel", "wechat"),
    ("create_line_channel", "line"),
):
    handler(_op)(_typed(_kind))


def _create_whatsapp(ctx: Ctx) -> Reply:
    """The docs' ``{phone_number_id, access_token}``: the token becomes a stored credential."""
    body = dict(ctx.body)
    token = body.pop("access_token", None)
    if token is not None:
        with ctx.store.lock:
            credential_id = ctx.store.new_id("cred_")
            now = ctx.store.tick()
            ctx.store.table(CREDENTIALS)[credential_id] = {
                "_id": credential_id,
                "id": credential_id,
                "type": "whatsapp",
                "name": f"WhatsApp {body.get('phone_number_id', '')}".strip(),
                "credentials": {"access_token": token},
                "organization_id": ctx.organization_id,
                "created_at": now,
                "updated_at": now,
            }
        body["credential_id"] = credential_id
    elif body.get("credential_id"):
        _org_credential(ctx, body["credential_id"])
    name = body.get("name") or f"WhatsApp {body.get('phone_number_id') or ''}".strip()
    return _create(ctx, "whatsapp", body, name)


for _op in ("create_whatsapp_channel", "create_whatsapp_channel_v2", "create_whatsapp_channel_v3"):
    handler(_op)(_create_whatsapp)


@handler("list_facebook_pages")
def list_facebook_pages(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        credential = _org_credential(ctx, ctx.path["credential_id"])
        if credential.get("type") != "facebook":
            raise MockError(
                400, f"credential {credential['_id']} is not a Facebook credential", field="credential_id"
            )
        return json_reply([dict(p) for p in credential.get("pages", [])])


@handler("create_facebook_channel")
def create_facebook_channel(ctx: Ctx) -> Reply:
    """A channel for one page of a stored Facebook credential (named after the page unless ``name``)."""
    body = dict(ctx.body)
    with ctx.store.lock:
        credential = _org_credential(ctx, body["credential_id"])
        page = next((p for p in credential.get("pages", []) if p["_id"] == body["page_id"]), None)
        if credential.get("type") != "facebook" or page is None:
            raise MockError(
                400,
                f"page {body['page_id']} is not a page of credential {body['credential_id']}",
                field="page_id",
            )
    return _create(ctx, "facebook", body, body.get("name") or page["name"])


def _side_update(kind: str) -> Any:
    def update(ctx: Ctx) -> Reply:
        with ctx.store.lock:
            channel = _named_channel(ctx, kind)
            _apply(channel, dict(ctx.body))
            channel["updated_at"] = ctx.store.tick()
            ctx.effect()
            return json_reply({"data": _shown(channel)})

    return update


handler("update_facebook_channel")(_side_update("facebook"))
handler("update_whatsapp_channel")(_side_update("whatsapp"))


# -- workflow links -----------------------------------------------------------------------------------------
@handler("update_channel_workflow")
def update_channel_workflow(ctx: Ctx) -> Reply:
    """Attach the workflow to ``channel_id`` (moving it from another channel if it was attached there)."""
    workflow_id = ctx.path["workflow_id"]
    with ctx.store.lock:
        channel = org_channel(ctx, ctx.body["channel_id"])
        links = ctx.store.table(LINKS)
        now = ctx.store.tick()
        link = links.get(workflow_id)
        if (
            link is not None
            and link["organization_id"] == ctx.organization_id
            and link["channel_id"] != channel["id"]
        ):
            previous = ctx.store.table(CHANNELS).get(link["channel_id"])
            if previous is not None and previous.get("workflow_id") == workflow_id:
                previous["workflow_id"] = None
        if link is None or link["organization_id"] != ctx.organization_id:
            link = {
                "_id": workflow_id,
                "workflow_id": workflow_id,
                "organization_id": ctx.organization_id,
                "created_at": now,
            }
            links[workflow_id] = link
        link.update(
            {
                "channel_id": channel["id"],
                "is_active": bool(ctx.body.get("is_active", True)),
                "updated_at": now,
            }
        )
        channel["workflow_id"] = workflow_id
        channel["updated_at"] = now
        ctx.effect()
        return json_reply({"data": dict(link)})


@handler("delete_channel_workflow")
def delete_channel_workflow(ctx: Ctx) -> Reply:
    workflow_id = ctx.path["workflow_id"]
    with ctx.store.lock:
        links = ctx.store.table(LINKS)
        link = links.get(workflow_id)
        if link is None or link["organization_id"] != ctx.organization_id:
            raise MockError(404, f"workflow {workflow_id} is attached to no channel")
        del links[workflow_id]
        channel = ctx.store.table(CHANNELS).get(link["channel_id"])
        if channel is not None and channel.get("workflow_id") == workflow_id:
            channel["workflow_id"] = None
        ctx.effect()
        return json_reply({"data": dict(link)})


# -- assignment ---------------------------------------------------------------------------------------------
@handler("list_assignable_teams")
def list_assignable_teams(ctx: Ctx) -> Reply:
    conversation_id = ctx.query.get("conversation_id")
    with ctx.store.lock:
        if conversation_id:
            conv = ctx.store.table("conversations").get(conversation_id)
            if conv is None or conv.get("organization_id") != ctx.organization_id:
                raise MockError(404, f"conversation {conversation_id} not found", field="conversation_id")
        teams = [
            {
                **{k: v for k, v in team.items() if k != "organization_id"},
                "member_count": len(members(ctx, team_id)),
            }
            for team_id, team in ctx.store.table("teams").items()
            if team.get("organization_id") == ctx.organization_id and not team.get("is_disabled")
        ]
    return json_reply({"data": teams})


@handler("list_team_observers")
def list_team_observers(ctx: Ctx) -> Reply:
    team_id = ctx.path["team_id"]
    with ctx.store.lock:
        team = ctx.store.table("teams").get(team_id)
        if team is None or team.get("organization_id") != ctx.organization_id:
            raise MockError(404, f"team {team_id} not found")
        observers = [
            {k: row.get(k) for k in ("user_id", "team_id", "display_name", "email", "role")}
            for row in members(ctx, team_id)
        ]
    return json_reply({"data": observers})


# -- outbound -----------------------------------------------------------------------------------------------
def _org_contact(ctx: Ctx, contact_id: str) -> dict[str, Any]:
    contact: dict[str, Any] | None = ctx.store.table("contacts").get(contact_id)
    if contact is None or contact.get("organization_id") != ctx.organization_id:
        raise MockError(404, f"contact {contact_id} not found", field="contact_id")
    return contact


def _sending_channel(ctx: Ctx, kind: str) -> dict[str, Any]:
    """The body's ``channel_id`` (of type ``kind``), else the organization's first active one of that type."""
    channel: dict[str, Any] | None
    if ctx.body.get("channel_id"):
        channel = org_channel(ctx, ctx.body["channel_id"])
        if channel["type"] != kind:
            raise MockError(
                400, f"channel {channel['id']} is a {channel['type']} channel, not {kind}", field="channel_id"
            )
    else:
        channel = next(
            (
                c
                for c in ctx.store.table(CHANNELS).values()
                if c.get("organization_id") == ctx.organization_id
                and c["type"] == kind
                and c.get("is_active", True)
            ),
            None,
        )
        if channel is None:
            raise MockError(
                400, f"the organization has no {kind} channel: give channel_id", field="channel_id"
            )
    if not channel.get("is_active", True):
        raise MockError(400, f"channel {channel['id']} is inactive", field="channel_id")
    return channel


def _record(
    ctx: Ctx, kind: str, channel: dict[str, Any], contact: dict[str, Any] | None, to: Any, note: str
) -> Reply:
    now = ctx.store.tick()
    row_id = ctx.store.new_id("out_")
    row = {
        **{k: v for k, v in ctx.body.items() if k not in ("id", "_id", "organization_id")},
        "_id": row_id,
        "id": row_id,
        "kind": kind,
        "status": "sent",
        "channel_id": channel["id"],
        "contact_id": contact["id"] if contact else None,
        "to": to,
        "sent_by": caller(ctx)["id"],
        "organization_id": ctx.organization_id,
        "created_at": now,
    }
    ctx.store.table(OUTBOUND)[row_id] = row
    if contact is not None:
        activity_id = ctx.store.new_id("act_")
        ctx.store.table("contact_activities")[activity_id] = {
            "_id": activity_id,
            "contact_id": contact["id"],
            "type": f"outbound_{kind}",
            "text": note,
            "channel_id": channel["id"],
            "organization_id": ctx.organization_id,
            "created_at": now,
        }
    ctx.effect()
    return json_reply({"data": {k: v for k, v in row.items() if k != "organization_id"}})


@handler("send_whatsapp_outbound")
def send_whatsapp_outbound(ctx: Ctx) -> Reply:
    """A template (an approved one of the organization) or a text, to a number or a contact's number."""
    body = ctx.body
    with ctx.store.lock:
        contact = _org_contact(ctx, body["contact_id"]) if body.get("contact_id") else None
        to = body.get("to") or body.get("phone_number") or (contact or {}).get("phone_number")
        if not to:
            raise MockError(400, "body.to is required: a phone number, or a contact_id with one", field="to")
        name = body.get("template_name") or body.get("template_id")
        if not name and not body.get("text"):
            raise MockError(
                400, "body.template_name is required: a template, or a text", field="template_name"
            )
        channel = _sending_channel(ctx, "whatsapp")
        if name:
            approved = [
                t
                for t in ctx.store.table("whatsapp_templates").values()
                if t.get("organization_id") == ctx.organization_id and t.get("status") == "APPROVED"
            ]
            if not any(name in (t.get("name"), t.get("_id")) for t in approved):
                raise MockError(400, f"{name} is not an approved WhatsApp template", field="template_name")
        return _record(ctx, "whatsapp", channel, contact, to, f"WhatsApp {name or body['text']}")


@handler("send_email_outbound")
def send_email_outbound(ctx: Ctx) -> Reply:
    body = ctx.body
    with ctx.store.lock:
        contact = _org_contact(ctx, body["contact_id"]) if body.get("contact_id") else None
        to = body.get("to") or (contact or {}).get("email")
        if not to:
            raise MockError(400, "body.to is required: an address, or a contact_id with one", field="to")
        if not body.get("text") and not body.get("html"):
            raise MockError(400, "body.text is required: a text or an html body", field="text")
        channel = _sending_channel(ctx, "email")
        return _record(ctx, "email", channel, contact, to, f"Email {body.get('subject') or ''}".strip())


__all__ = [
    "DEMO_EMAIL_CHANNEL_ID",
    "DEMO_FACEBOOK_CHANNEL_ID",
    "DEMO_FACEBOOK_CREDENTIAL_ID",
    "DEMO_FACEBOOK_PAGES",
    "DEMO_WHATSAPP_CHANNEL_ID",
    "DEMO_WHATSAPP_CREDENTIAL_ID",
]
