"""Mock handlers for ``client.conversations`` and ``client.messages``: the agents' inbox.

Tables (shared with the contacts and channel parts): ``conversations``, ``messages``,
``message_comments`` and ``contact_activities``; every row carries its ``organization_id`` and another
organization's rows are invisible (404, never listed).

The views are over open conversations: ``outstanding`` (nobody assigned), ``mine`` (the caller is
assigned), ``team`` (of a team the caller belongs to) and ``all``. Resolving or closing a conversation takes
it out of them; ``get_views_count`` counts exactly what the lists show. Sending a message (or
:func:`simulate_inbound`, behind ``MockServer.simulate_inbound``) appends it to its conversation, updates
the conversation's ``last_message``/``last_activity_at`` and appends a ``contact_activities`` row.

Seeded: ``DEMO_CONVERSATION_ID`` (open, nobody assigned, Alice on the demo web channel, the demo team) with
three messages, ``conv_demo_mine`` (open, assigned to the demo user) and ``conv_demo_closed`` (closed).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .._app import Ctx, MockError, Reply, empty_reply, json_reply
from .._constants import (
    DEMO_CHANNEL_ID,
    DEMO_CONTACT_ID,
    DEMO_CONVERSATION_ID,
    DEMO_ORGANIZATION_ID,
    DEMO_TEAM_ID,
    DEMO_USER_ID,
)
from .._store import OWNER, Store
from . import handler, seed
from .platform import USERS

CONVERSATIONS, MESSAGES, COMMENTS, ACTIVITIES = (
    "conversations",
    "messages",
    "message_comments",
    "contact_activities",
)
STATUSES = ("open", "resolved", "closed")
VIEWS = ("outstanding", "mine", "team", "all")
FILE_HOST = "https://files.mock.imbrace.co"


# -- rows ------------------------------------------------------------------------------------------------
def _channel_type(store: Store, channel_id: str | None) -> str | None:
    channel = store.table("channels").get(channel_id or "")
    if channel is not None:
        return str(channel.get("type") or "web")
    return "web" if channel_id == DEMO_CHANNEL_ID else None


def new_conversation(
    store: Store, contact_id: str | None, channel_id: str | None, team_id: str | None, name: str | None
) -> dict[str, Any]:
    """A new open conversation row (the caller holds ``store.lock``)."""
    now = store.tick()
    conv_id = store.new_id("conv_")
    contact = store.table("contacts").get(contact_id or "") or {}
    row: dict[str, Any] = {
        "object_name": "conversation",
        "id": conv_id,
        "_id": conv_id,
        "status": "open",
        "name": name or contact.get("display_name") or "New conversation",
        "assignees": [],
        "members": [],
        "join_requests": [],
        "last_activity_at": now,
        "timestamp": now,
        "created_at": now,
        "updated_at": now,
    }
    for key, value in (
        ("contact_id", contact_id),
        ("channel_id", channel_id),
        ("channel_type", _channel_type(store, channel_id)),
        ("team_id", team_id),
    ):
        if value:
            row[key] = value
    store.table(CONVERSATIONS)[conv_id] = row
    return row


def append_message(store: Store, conv: dict[str, Any], fields: dict[str, Any], sender: str) -> dict[str, Any]:
    """Append a message to ``conv``: its last message and activity change, and the contact's activity log
    gains a row (the caller holds ``store.lock``)."""
    now = store.tick()
    message_id = store.new_id("msg_")
    message: dict[str, Any] = {
        "id": message_id,
        "_id": message_id,
        "conversation_id": conv["id"],
        "sender": sender,
        "pinned": False,
        "created_at": now,
        "organization_id": conv["organization_id"],
    }
    message.update({k: v for k, v in fields.items() if v is not None and k != "conversation_id"})
    if conv.get("contact_id"):
        message["contact_id"] = conv["contact_id"]
    store.table(MESSAGES)[message_id] = message
    conv.update(last_message=_public_message(message), last_activity_at=now, timestamp=now, updated_at=now)
    if conv.get("contact_id"):
        activity_id = store.new_id("act_")
        store.table(ACTIVITIES)[activity_id] = {
            "_id": activity_id,
            "id": activity_id,
            "contact_id": conv["contact_id"],
            "type": "message",
            "direction": "inbound" if sender == "contact" else "outbound",
            "text": message.get("text") or message.get("caption") or message.get("url") or "",
            "conversation_id": conv["id"],
            "message_id": message_id,
            "created_at": now,
            "organization_id": conv["organization_id"],
        }
    return message


def _public_message(message: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in message.items() if k != "organization_id"}


def _public(store: Store, conv: dict[str, Any]) -> dict[str, Any]:
    users = store.table(USERS)
    reply = dict(conv)
    reply["users"] = [
        {"_id": uid, "id": uid, "name": users.get(uid, {}).get("display_name", "")}
        for uid in dict.fromkeys([*conv.get("assignees", []), *conv.get("members", [])])
    ]
    team = store.table("teams").get(conv.get("team_id") or "")
    if team is not None and team.get("business_unit_id"):
        reply["business_unit_id"] = team["business_unit_id"]
    return reply


def _conv(ctx: Ctx, conv_id: str) -> dict[str, Any]:
    conv: dict[str, Any] | None = ctx.store.table(CONVERSATIONS).get(conv_id)
    if conv is None or conv.get("organization_id") != ctx.organization_id:
        raise MockError(404, f"conversation {conv_id} not found")
    return conv


def _message(ctx: Ctx, conv_id: str, message_id: str) -> dict[str, Any]:
    _conv(ctx, conv_id)
    message: dict[str, Any] | None = ctx.store.table(MESSAGES).get(message_id)
    if message is None or message["conversation_id"] != conv_id:
        raise MockError(404, f"message {message_id} not found in conversation {conv_id}")
    return message


def _org_rows(ctx: Ctx, table: str) -> list[dict[str, Any]]:
    return [r for r in ctx.store.table(table).values() if r.get("organization_id") == ctx.organization_id]


def _my_teams(ctx: Ctx, user_id: str) -> set[str]:
    return {r["team_id"] for r in ctx.store.table("team_users").values() if r.get("user_id") == user_id}


def _in_view(ctx: Ctx, conv: dict[str, Any], view: str, user_id: str) -> bool:
    if conv.get("status") != "open":
        return False
    if view == "outstanding":
        return not conv.get("assignees")
    if view == "mine":
        return user_id in conv.get("assignees", [])
    if view == "team":
        return conv.get("team_id") in _my_teams(ctx, user_id)
    return True


def _in_unit(ctx: Ctx, conv: dict[str, Any], business_unit_id: str) -> bool:
    team = ctx.store.table("teams").get(conv.get("team_id") or "")
    return team is not None and team.get("business_unit_id") == business_unit_id


def _text_of(ctx: Ctx, conv: dict[str, Any]) -> str:
    contact = ctx.store.table("contacts").get(conv.get("contact_id") or "") or {}
    texts = [
        m.get("text") or "" for m in ctx.store.table(MESSAGES).values() if m["conversation_id"] == conv["id"]
    ]
    return " ".join([conv.get("name") or "", contact.get("display_name") or "", *texts]).lower()


def _page(ctx: Ctx, rows: Iterable[dict[str, Any]], default_limit: int = 20) -> Reply:
    ordered = sorted(rows, key=lambda r: r.get("last_activity_at") or "", reverse=True)
    skip = int(ctx.query.get("skip") or 0)
    limit = int(ctx.query.get("limit") or default_limit)
    data = [_public(ctx.store, c) for c in ordered[skip : skip + limit]]
    return json_reply({"data": data, "total": len(ordered)})


def _counts(ctx: Ctx, rows: list[dict[str, Any]], status: str) -> dict[str, Any]:
    user_id = ctx.user_id
    counted = [dict(c, status="open") if c.get("status") == status else None for c in rows]
    views = {
        view: sum(1 for c in counted if c is not None and _in_view(ctx, c, view, user_id)) for view in VIEWS
    }
    statuses = {s: sum(1 for c in rows if c.get("status") == s) for s in STATUSES}
    return {**views, "statuses": statuses}


# -- seeds ------------------------------------------------------------------------------------------------
@seed
def _seed_inbox(store: Store) -> None:
    seeded: tuple[
        tuple[str, str, str, list[str], list[tuple[str, str]]], ...
    ] = (  # (id, contact, status, assignees, messages as (sender, text))
        (
            DEMO_CONVERSATION_ID,
            DEMO_CONTACT_ID,
            "open",
            [],
            [
                ("contact", "Hi, I ordered a lamp last week."),
                ("agent", "Hello Alice! Let me check your order."),
                ("contact", "It has not arrived yet, can you help?"),
            ],
        ),
        (
            "conv_demo_mine",
            "contact_bob",
            "open",
            [DEMO_USER_ID],
            [("contact", "Can I change my billing address?")],
        ),
        (
            "conv_demo_closed",
            "contact_bob",
            "closed",
            [DEMO_USER_ID],
            [("contact", "Where is my refund?"), ("agent", "It was sent today. Anything else?")],
        ),
    )
    with store.lock:
        for conv_id, contact_id, status, assignees, messages in seeded:
            row = new_conversation(store, contact_id, DEMO_CHANNEL_ID, DEMO_TEAM_ID, None)
            del store.table(CONVERSATIONS)[row["id"]]
            row.update(
                id=conv_id, _id=conv_id, organization_id=DEMO_ORGANIZATION_ID, assignees=list(assignees)
            )
            row["members"] = list(assignees)
            store.table(CONVERSATIONS)[conv_id] = row
            for sender, text in messages:
                user = {"user_id": DEMO_USER_ID} if sender == "agent" else {}
                append_message(store, row, {"type": "text", "text": text, **user}, sender)
            row["status"] = status


# -- conversations ----------------------------------------------------------------------------------------
@handler("list_conversations")
def list_conversations(ctx: Ctx) -> Reply:
    return _page(ctx, _org_rows(ctx, CONVERSATIONS))


@handler("list_team_conversations")
def list_team_conversations(ctx: Ctx) -> Reply:
    """``type`` is a status, a view, or what ``q`` is (``channel``, ``contact``, ``team``,
    ``business_unit_id``, ``text``); a ``view`` lists open conversations only."""
    query = dict(ctx.query)
    kind, q = query.get("type"), query.get("q") or ""
    if kind in STATUSES:
        query.setdefault("status", kind)
    elif kind in VIEWS:
        query.setdefault("view", kind)
    elif kind in ("channel", "channel_id") and q:
        query.setdefault("channel_id", q)
    elif kind in ("contact", "contact_id") and q:
        query.setdefault("contact_id", q)
    elif kind in ("team", "team_id") and q:
        query.setdefault("team_id", q)
    with ctx.store.lock:
        rows = _org_rows(ctx, CONVERSATIONS)
        if kind == "business_unit_id" and q:
            rows = [c for c in rows if _in_unit(ctx, c, q)]
        elif q and kind not in ("channel", "channel_id", "contact", "contact_id", "team", "team_id"):
            rows = [c for c in rows if q.lower() in _text_of(ctx, c)]
        for field in ("status", "channel_id", "contact_id", "team_id"):
            if query.get(field):
                rows = [c for c in rows if c.get(field) == query[field]]
        if query.get("view"):
            rows = [c for c in rows if _in_view(ctx, c, query["view"], ctx.user_id)]
        return _page(ctx, rows)


@handler("search_conversations")
def search_conversations(ctx: Ctx) -> Reply:
    q = str(ctx.query.get("q") or "").lower()
    with ctx.store.lock:
        rows = [c for c in _org_rows(ctx, CONVERSATIONS) if _in_unit(ctx, c, ctx.query["business_unit_id"])]
        return _page(ctx, [c for c in rows if q in _text_of(ctx, c)])


@handler("get_outstanding_conversations")
def get_outstanding(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        rows = [
            c
            for c in _org_rows(ctx, CONVERSATIONS)
            if _in_unit(ctx, c, ctx.query["businessUnitId"]) and _in_view(ctx, c, "outstanding", ctx.user_id)
        ]
        return _page(ctx, rows)


@handler("get_views_count")
def get_views_count(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        return json_reply(
            {"data": _counts(ctx, _org_rows(ctx, CONVERSATIONS), ctx.query.get("type") or "open")}
        )


@handler("get_views_count_v2")
def get_views_count_v2(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        rows = [c for c in _org_rows(ctx, CONVERSATIONS) if _in_unit(ctx, c, ctx.query["q"])]
        return json_reply({"data": _counts(ctx, rows, "open")})


@handler("create_conversation")
def create_conversation(ctx: Ctx) -> Reply:
    """Both documented forms: TS ``{channel_id, contact_id}``, or no body (the organization's web channel)."""
    body = ctx.body if isinstance(ctx.body, dict) else {}
    with ctx.store.lock:
        contact_id = body.get("contact_id")
        if contact_id:
            contact = ctx.store.table("contacts").get(contact_id)
            if contact is None or contact.get("organization_id") != ctx.organization_id:
                raise MockError(404, f"contact {contact_id} not found")
        channel_id = body.get("channel_id")
        if channel_id is None:
            web = [c for c in _org_rows(ctx, "channels") if c.get("type") == "web"]
            channel_id = (
                web[0]["id"]
                if web
                else (DEMO_CHANNEL_ID if ctx.organization_id == DEMO_ORGANIZATION_ID else None)
            )
        conv = new_conversation(ctx.store, contact_id, channel_id, body.get("team_id"), body.get("name"))
        ctx.effect()
        return json_reply(_public(ctx.store, conv))


@handler("get_conversation")
def get_conversation(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        return json_reply(_public(ctx.store, _conv(ctx, ctx.path["conversation_id"])))


@handler("get_team_conversation")
def get_team_conversation(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        return json_reply(_public(ctx.store, _conv(ctx, ctx.path["conv_id"])))


@handler("get_conversation_by_public_id")
def get_conversation_by_public_id(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        return json_reply(_public(ctx.store, _conv(ctx, ctx.query["conversationId"])))


@handler("get_invitable_users")
def get_invitable_users(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        conv = _conv(ctx, ctx.path["conv_id"])
        inside = {*conv.get("assignees", []), *conv.get("members", [])}
        users = [
            {"_id": u["id"], "id": u["id"], "name": u.get("display_name", ""), "email": u.get("email", "")}
            for u in _org_rows(ctx, USERS)
            if u["id"] not in inside
        ]
        return json_reply(users)


def _change(ctx: Ctx, change: Any) -> Reply:
    with ctx.store.lock:
        conv = _conv(ctx, ctx.body["conversation_id"])
        change(conv)
        conv["updated_at"] = ctx.store.tick()
        ctx.effect()
        return json_reply(_public(ctx.store, conv))


def _add(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)


def _drop(items: list[str], item: str) -> None:
    if item in items:
        items.remove(item)


def _check_user(ctx: Ctx, user_id: str) -> None:
    user = ctx.store.table(USERS).get(user_id)
    if user is None or user.get("organization_id") != ctx.organization_id:
        raise MockError(404, f"user {user_id} not found")


@handler("join_conversation")
def join_conversation(ctx: Ctx) -> Reply:
    return _change(ctx, lambda conv: _add(conv.setdefault("members", []), ctx.user_id))


@handler("request_join_conversation")
def request_join_conversation(ctx: Ctx) -> Reply:
    return _change(ctx, lambda conv: _add(conv.setdefault("join_requests", []), ctx.user_id))


@handler("leave_conversation")
def leave_conversation(ctx: Ctx) -> Reply:
    def leave(conv: dict[str, Any]) -> None:
        _drop(conv.setdefault("members", []), ctx.user_id)
        _drop(conv.setdefault("assignees", []), ctx.user_id)

    return _change(ctx, leave)


@handler("update_conversation_name")
def update_conversation_name(ctx: Ctx) -> Reply:
    return _change(ctx, lambda conv: conv.update(name=ctx.body["name"]))


@handler("update_conversation_status")
def update_conversation_status(ctx: Ctx) -> Reply:
    return _change(ctx, lambda conv: conv.update(status=ctx.body["status"]))


@handler("assign_conversation_member")
def assign_conversation_member(ctx: Ctx) -> Reply:
    def assign(conv: dict[str, Any]) -> None:
        _check_user(ctx, ctx.body["user_id"])
        _add(conv.setdefault("assignees", []), ctx.body["user_id"])
        _add(conv.setdefault("members", []), ctx.body["user_id"])
        if ctx.body.get("team_id"):
            conv["team_id"] = ctx.body["team_id"]

    return _change(ctx, assign)


@handler("remove_conversation_member")
def remove_conversation_member(ctx: Ctx) -> Reply:
    def remove(conv: dict[str, Any]) -> None:
        user_id = ctx.body["user_id"]
        if user_id not in {*conv.get("assignees", []), *conv.get("members", [])}:
            raise MockError(404, f"user {user_id} is not in conversation {conv['id']}")
        _drop(conv.setdefault("assignees", []), user_id)
        _drop(conv.setdefault("members", []), user_id)

    return _change(ctx, remove)


@handler("init_video_call")
def init_video_call(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        conv = _conv(ctx, ctx.body["conversation_id"])
        room = f"imbrace-{conv['id']}-{ctx.store.new_id()[:8]}"
        conv["video_call"] = {"room_name": room, "started_by": ctx.user_id, "started_at": ctx.store.tick()}
        ctx.effect()
        url = f"https://meet.mock.imbrace.co/{room}"
        return json_reply({"conversation": _public(ctx.store, conv), "room_name": room, "url": url})


# -- messages ---------------------------------------------------------------------------------------------
@handler("list_messages")
def list_messages(ctx: Ctx) -> Reply:
    """Newest first; one conversation's with ``conversation_id``, else the organization's."""
    with ctx.store.lock:
        conv_id = ctx.query.get("conversation_id")
        if conv_id:
            _conv(ctx, conv_id)
        rows = [m for m in _org_rows(ctx, MESSAGES) if not conv_id or m["conversation_id"] == conv_id]
        rows.sort(key=lambda m: m["created_at"], reverse=True)
        skip, limit = int(ctx.query.get("skip") or 0), int(ctx.query.get("limit") or 10)
        return json_reply(
            {"data": [_public_message(m) for m in rows[skip : skip + limit]], "total": len(rows)}
        )


@handler("send_message")
def send_message(ctx: Ctx) -> Reply:
    """To ``conversation_id``; without one (the docs' call), to the caller's most recently active open
    conversation (assigned or joined), else the organization's."""
    body = dict(ctx.body)
    with ctx.store.lock:
        if body.get("conversation_id"):
            conv = _conv(ctx, body["conversation_id"])
        else:
            open_ = [c for c in _org_rows(ctx, CONVERSATIONS) if c.get("status") == "open"]
            mine = [c for c in open_ if ctx.user_id in {*c.get("assignees", []), *c.get("members", [])}]
            pool = mine or open_
            if not pool:
                raise MockError(400, "conversation_id: is required (no open conversation to send to)")
            conv = max(pool, key=lambda c: c.get("last_activity_at") or "")
        message = append_message(ctx.store, conv, {**body, "user_id": ctx.user_id}, "agent")
        ctx.effect()
        return json_reply(_public_message(message))


@handler("upload_message_file")
def upload_message_file(ctx: Ctx) -> Reply:
    upload, _ = ctx.form()
    if not upload.data:
        raise MockError(400, "the file is empty")
    name = upload.filename or "file"
    with ctx.store.lock:
        url = f"{FILE_HOST}/messages/{ctx.store.new_id('file_')}/{name}"
        ctx.effect()
    return json_reply(
        {
            "url": url,
            "name": name,
            "type": upload.content_type or "application/octet-stream",
            "size": len(upload.data),
        }
    )


@handler("get_conversation_message")
def get_conversation_message(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        message = _message(ctx, ctx.path["conversation_id"], ctx.path["message_id"])
        action = ctx.query.get("action")
        if action in ("pin", "unpin"):
            message["pinned"] = action == "pin"
            ctx.effect()
        comments = [dict(c) for c in ctx.store.table(COMMENTS).values() if c["message_id"] == message["id"]]
        return json_reply({**_public_message(message), "comments": comments})


@handler("get_message_index")
def get_message_index(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        message = _message(ctx, ctx.path["conversation_id"], ctx.path["message_id"])
        ordered = sorted(
            (
                m
                for m in ctx.store.table(MESSAGES).values()
                if m["conversation_id"] == message["conversation_id"]
            ),
            key=lambda m: m["created_at"],
        )
        return json_reply({"index": [m["id"] for m in ordered].index(message["id"])})


@handler("add_message_comment")
def add_message_comment(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        message = _message(ctx, ctx.path["conversation_id"], ctx.path["message_id"])
        now = ctx.store.tick()
        comment_id = ctx.store.new_id("cmt_")
        comment = {
            "_id": comment_id,
            "id": comment_id,
            "conversation_id": message["conversation_id"],
            "message_id": message["id"],
            "content": ctx.body["content"],
            "user_id": ctx.user_id,
            "created_at": now,
            "updated_at": now,
        }
        ctx.store.table(COMMENTS)[comment_id] = comment
        ctx.effect()
        return json_reply(dict(comment))


def _comment(ctx: Ctx) -> dict[str, Any]:
    conv = _conv(ctx, ctx.path["conversation_id"])
    comment: dict[str, Any] | None = ctx.store.table(COMMENTS).get(ctx.path["comment_id"])
    if comment is None or comment["conversation_id"] != conv["id"]:
        raise MockError(404, f"comment {ctx.path['comment_id']} not found")
    return comment


@handler("update_message_comment")
def update_message_comment(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        comment = _comment(ctx)
        comment.update(content=ctx.body["content"], updated_at=ctx.store.tick())
        ctx.effect()
        return json_reply(dict(comment))


@handler("delete_message_comment")
def delete_message_comment(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        del ctx.store.table(COMMENTS)[_comment(ctx)["_id"]]
        ctx.effect()
    return empty_reply(200)


# -- the customer's side ----------------------------------------------------------------------------------
def simulate_inbound(
    store: Store, channel_id: str, contact: str | dict[str, Any], text: str
) -> dict[str, Any]:
    """Deliver ``text`` from a contact on a channel, as the channel would: find or create the contact (an
    id, or fields such as ``display_name`` with ``email`` or ``phone_number``), find the contact's open
    conversation on the channel or open one, and append the message (sender ``contact``). Returns the
    message (its ``conversation_id`` names the conversation)."""
    if not text:
        raise ValueError("an inbound message needs text")
    with store.lock:
        channel = store.table("channels").get(channel_id)
        if channel is None and channel_id != DEMO_CHANNEL_ID:
            raise LookupError(f"channel {channel_id} not found")
        org = (channel or {}).get("organization_id") or DEMO_ORGANIZATION_ID
        owner = OWNER.set(org)
        try:
            contacts = store.table("contacts")
            if isinstance(contact, str):
                row = contacts.get(contact)
                if row is None or row.get("organization_id") != org:
                    raise LookupError(f"contact {contact} not found")
            else:
                keys = [k for k in ("email", "phone_number") if contact.get(k)]
                row = next(
                    (
                        c
                        for c in contacts.values()
                        if c.get("organization_id") == org and any(c.get(k) == contact[k] for k in keys)
                    ),
                    None,
                )
                if row is None:
                    now = store.tick()
                    contact_id = store.new_id("contact_")
                    row = {
                        "object_name": "contact",
                        "id": contact_id,
                        "_id": contact_id,
                        "display_name": contact.get("display_name") or contact.get("email") or "Visitor",
                        "labels": [],
                        "channel_id": channel_id,
                        "created_at": now,
                        "updated_at": now,
                        **{k: v for k, v in contact.items() if k not in ("id", "_id")},
                    }
                    contacts[contact_id] = row
            conv = next(
                (
                    c
                    for c in store.table(CONVERSATIONS).values()
                    if c.get("organization_id") == org
                    and c.get("contact_id") == row["id"]
                    and c.get("channel_id") == channel_id
                    and c.get("status") == "open"
                ),
                None,
            )
            if conv is None:
                conv = new_conversation(store, row["id"], channel_id, None, None)
            return _public_message(append_message(store, conv, {"type": "text", "text": text}, "contact"))
        finally:
            OWNER.reset(owner)
