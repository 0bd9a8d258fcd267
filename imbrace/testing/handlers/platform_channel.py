"""Mock handlers for the channel-service routes of ``client.platform``: contacts (``get_contact_v2``,
``update_contact_v2``), the workflow credential catalog and the organization's default web channel.

Contacts live in the ``contacts`` table, one organization's invisible to another; two demo contacts are
seeded. The credential catalog is static (the platform's spec calls it so), as is the list of credential
types, grouped ``{channel, integration}`` as the service groups them.
"""

from __future__ import annotations

from typing import Any

from .._app import Ctx, MockError, Reply, json_reply
from .._constants import DEMO_ORGANIZATION_ID
from .._store import Store
from . import handler, seed

DEMO_CONTACTS = (  # (id, display name, email, phone)
    ("contact_alice", "Alice Nguyen", "alice@example.com", "+84912345678"),
    ("contact_bob", "Bob Tan", "bob@example.com", "+6591234567"),
)
_CREDENTIAL_TYPES: dict[str, list[dict[str, Any]]] = {
    "channel": [
        {"name": "whatsapp", "display_name": "WhatsApp", "group": "channel"},
        {"name": "line", "display_name": "LINE", "group": "channel"},
    ],
    "integration": [
        {"name": "openai", "display_name": "OpenAI", "group": "integration"},
        {"name": "slack", "display_name": "Slack", "group": "integration"},
    ],
}
_CREDENTIAL_PARAMS: dict[str, list[dict[str, Any]]] = {
    "whatsapp": [{"name": "phone_number_id", "required": True}, {"name": "access_token", "required": True}],
    "line": [
        {"name": "channel_secret", "required": True},
        {"name": "channel_access_token", "required": True},
    ],
    "openai": [{"name": "api_key", "required": True}, {"name": "organization", "required": False}],
    "slack": [{"name": "bot_token", "required": True}],
}


@seed
def _seed_contacts(store: Store) -> None:
    now = store.tick()
    contacts = store.table("contacts")
    for contact_id, name, email, phone in DEMO_CONTACTS:
        contacts[contact_id] = {
            "object_name": "contact",
            "id": contact_id,
            "_id": contact_id,
            "organization_id": DEMO_ORGANIZATION_ID,
            "display_name": name,
            "email": email,
            "phone_number": phone,
            "labels": [],
            "created_at": now,
            "updated_at": now,
        }


@handler("update_contact")
def update_contact(ctx: Ctx) -> Reply:
    """The docs' ``name``/``phone`` are the spec's ``display_name``/``phone_number``; only given fields change."""
    body = dict(ctx.body)
    for docs_name, field in (("name", "display_name"), ("phone", "phone_number")):
        if docs_name in body:
            body.setdefault(field, body.pop(docs_name))
    with ctx.store.lock:
        contact: dict[str, Any] | None = ctx.store.table("contacts").get(ctx.path["contact_id"])
        if contact is None or contact["organization_id"] != ctx.organization_id:
            raise MockError(404, f"contact {ctx.path['contact_id']} not found")
        contact.update(
            {k: v for k, v in body.items() if k not in ("id", "_id", "organization_id", "created_at")}
        )
        contact["updated_at"] = ctx.store.tick()
        ctx.effect()
        return json_reply({"data": dict(contact)})


@handler("list_workflow_credentials")
def list_workflow_credentials(ctx: Ctx) -> Reply:
    items = [
        {"name": t["name"], "display_name": t["display_name"], "type": group}
        for group, types in _CREDENTIAL_TYPES.items()
        for t in types
    ]
    return json_reply({"data": items})


@handler("list_credential_types")
def list_credential_types(ctx: Ctx) -> Reply:
    return json_reply({group: [dict(t) for t in types] for group, types in _CREDENTIAL_TYPES.items()})


@handler("get_credential_param")
def get_credential_param(ctx: Ctx) -> Reply:
    name = ctx.query["type"]
    if name not in _CREDENTIAL_PARAMS:
        raise MockError(404, f"credential type {name} not found")
    display = next(t["display_name"] for ts in _CREDENTIAL_TYPES.values() for t in ts if t["name"] == name)
    return json_reply(
        {"type": name, "display_name": display, "params": [dict(p) for p in _CREDENTIAL_PARAMS[name]]}
    )


@handler("init_channel")
def init_channel(ctx: Ctx) -> Reply:
    """The organization's web channel: the first call creates it (named ``name``), later calls return it."""
    with ctx.store.lock:
        channels = ctx.store.table("channels")
        webs = [
            c
            for c in channels.values()
            if c.get("organization_id") == ctx.organization_id and c.get("type") == "web"
        ]
        for channel in sorted(
            webs, key=lambda c: not c.get("is_default")
        ):  # the default one (ch_web_demo) first
            return json_reply({"data": dict(channel)})
        channel_id = ctx.store.new_id("ch_")
        channels[channel_id] = {
            "id": channel_id,
            "_id": channel_id,
            "type": "web",
            "name": ctx.body.get("name") or "Web channel",
            "organization_id": ctx.organization_id,
            "created_at": ctx.store.tick(),
        }
        ctx.effect()
        return json_reply({"data": dict(channels[channel_id])})
