"""Mock handlers for ``client.contacts`` (contacts, comments, files, activity log, CSV export and import,
notifications), ``client.categories``, ``client.message_suggestion`` and ``client.predict``.

Tables (rows carry ``organization_id``; another organization's rows are invisible: 404, never listed):

* ``contacts``: seeded in ``platform_channel.py`` (``contact_alice``, ``contact_bob``) and here (five more,
  so lists page); ``contact_comments``, ``contact_files`` and ``contact_activities`` hang on a contact by
  ``contact_id``. Creating, commenting, attaching a file and importing append to ``contact_activities``.
* Deleting a contact deletes its comments, files and activities, and detaches its conversations: they
  stay in ``conversations`` (the inbox keeps its history) with ``contact_id`` moved to
  ``former_contact_id`` (a guess: the evidence is silent).
* ``contacts/_fileupload``: a ``.csv`` (or ``text/csv``) file imports contacts, all or none: a malformed
  line is a 400 naming it. Any other file is stored; with ``contact_id`` it joins that contact's files.
* ``notifications``: the signed-in user's feed (``user_id``), three seeded for the demo user.
* ``categories``: conversation categories, two seeded; served by the CRUD engine except ``list``.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from .._app import Ctx, MockError, Reply, json_reply, text_reply
from .._constants import DEMO_CONTACT_ID, DEMO_ORGANIZATION_ID, DEMO_USER_ID
from .._store import Store
from . import handler, seed
from .platform import caller

FILE_HOST = "https://files.mock.imbrace.local"  # uploaded files are "served" here (never fetched)
CONTACTS, COMMENTS, FILES, ACTIVITIES = "contacts", "contact_comments", "contact_files", "contact_activities"
NOTIFICATIONS, CATEGORIES, CONVERSATIONS = "notifications", "categories", "conversations"
DEFAULT_LIMIT = 20
EXPORT_COLUMNS = ("id", "display_name", "email", "phone_number", "labels", "created_at")
IMPORT_COLUMNS = {  # CSV header -> contact field (the docs' UpdateContactInput names included)
    "display_name": "display_name",
    "name": "display_name",
    "first_name": "first_name",
    "last_name": "last_name",
    "email": "email",
    "phone_number": "phone_number",
    "phone": "phone_number",
    "labels": "labels",
    "time_zone": "time_zone",
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

SEEDED_CONTACTS: tuple[
    tuple[str, str, str, str, list[str]], ...
] = (  # (id, display name, email, phone, labels); alice and bob come from platform_channel
    ("contact_carol", "Carol Lim", "carol@example.com", "+6581234567", ["vip"]),
    ("contact_dan", "Dan Pham", "dan@example.com", "+84987654321", []),
    ("contact_erin", "Erin Wong", "erin@example.com", "+85291234567", ["lead"]),
    ("contact_farid", "Farid Rahman", "farid@example.com", "+60123456789", []),
    ("contact_grace", "Grace Ho", "grace@example.com", "+886912345678", ["lead"]),
)
SEEDED_NOTIFICATIONS = (  # (id, type, title, read)
    ("notif_assigned", "assignment", "A conversation was assigned to you", False),
    ("notif_mention", "mention", "Carol Lim mentioned you in a comment", False),
    ("notif_welcome", "system", "Welcome to the inbox", True),
)
SEEDED_CATEGORIES = (
    ("cat_billing", "Billing", "Invoices, refunds and payment questions"),
    ("cat_support", "Technical support", "Bugs, outages and how-to questions"),
)


@seed
def _seed_inbox_extras(store: Store) -> None:
    now = store.tick()
    contacts = store.table(CONTACTS)
    for contact_id, name, email, phone, labels in SEEDED_CONTACTS:
        contacts[contact_id] = _contact_row(
            contact_id,
            {"display_name": name, "email": email, "phone_number": phone, "labels": list(labels)},
            now,
        )
    for contact_id in (DEMO_CONTACT_ID, *(c[0] for c in SEEDED_CONTACTS)):
        _activity(store, contact_id, "created", "Contact created")
    comment_id = "comment_alice_1"
    store.table(COMMENTS)[comment_id] = {
        "_id": comment_id,
        "id": comment_id,
        "contact_id": DEMO_CONTACT_ID,
        "text": "Prefers WhatsApp in the evening.",
        "content": "Prefers WhatsApp in the evening.",
        "user_id": DEMO_USER_ID,
        "created_at": now,
    }
    _activity(store, DEMO_CONTACT_ID, "comment", "Prefers WhatsApp in the evening.")
    file_id = "file_alice_1"
    store.table(FILES)[file_id] = {
        "_id": file_id,
        "id": file_id,
        "contact_id": DEMO_CONTACT_ID,
        "name": "invoice-1042.pdf",
        "url": f"{FILE_HOST}/contacts/{file_id}/invoice-1042.pdf",
        "size": 48213,
        "content_type": "application/pdf",
        "created_at": now,
    }
    for notification_id, kind, title, read in SEEDED_NOTIFICATIONS:
        store.table(NOTIFICATIONS)[notification_id] = {
            "_id": notification_id,
            "id": notification_id,
            "user_id": DEMO_USER_ID,
            "organization_id": DEMO_ORGANIZATION_ID,
            "type": kind,
            "title": title,
            "text": title,
            "read": read,
            "dismissed": False,
            "created_at": store.tick(),
        }
    for category_id, name, description in SEEDED_CATEGORIES:
        store.table(CATEGORIES)[category_id] = {
            "_id": category_id,
            "id": category_id,
            "name": name,
            "description": description,
            "apply_to": ["conversation"],
            "created_at": now,
            "updated_at": now,
        }


# -- helpers -----------------------------------------------------------------------------------------------------
def _contact_row(contact_id: str, fields: dict[str, Any], now: str) -> dict[str, Any]:
    row: dict[str, Any] = {"channel_type": "web", "labels": [], **fields}
    if not row.get("display_name"):
        full = " ".join(str(row[k]) for k in ("first_name", "last_name") if row.get(k))
        row["display_name"] = full or row.get("email") or row.get("phone_number") or "Unknown contact"
    row.update(object_name="contact", id=contact_id, _id=contact_id, created_at=now, updated_at=now)
    return row


def _activity(
    store: Store, contact_id: str, kind: str, text: str, conversation_id: str | None = None
) -> dict[str, Any]:
    activity_id = store.new_id("act_")
    row: dict[str, Any] = {
        "_id": activity_id,
        "id": activity_id,
        "contact_id": contact_id,
        "type": kind,
        "text": text,
        "created_at": store.tick(),
    }
    if conversation_id:
        row["conversation_id"] = conversation_id
    store.table(ACTIVITIES)[activity_id] = row
    return row


def _mine(ctx: Ctx, table: str, row_id: str, what: str) -> dict[str, Any]:
    row: dict[str, Any] | None = ctx.store.table(table).get(row_id)
    if row is None or row.get("organization_id") != ctx.organization_id:
        raise MockError(404, f"{what} {row_id} not found")
    return row


def _contact(ctx: Ctx) -> dict[str, Any]:
    return _mine(ctx, CONTACTS, ctx.path["contact_id"], "contact")


def _int(value: Any, name: str, default: int, minimum: int) -> int:
    if value in (None, ""):
        return default
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise MockError(400, f"{name} must be an integer") from None
    if number < minimum:
        raise MockError(400, f"{name} must be >= {minimum}")
    return number


def _sorted(rows: list[dict[str, Any]], sort: Any) -> list[dict[str, Any]]:
    if not sort:
        return rows
    field = str(sort).lstrip("-+")
    return sorted(rows, key=lambda r: str(r.get(field) or ""), reverse=str(sort).startswith("-"))


def _contacts_page(ctx: Ctx, text: Any, skip: int, limit: int, sort: Any = None) -> Reply:
    needle = str(text or "").strip().lower()
    with ctx.store.lock:
        rows = [
            dict(c)
            for c in ctx.store.table(CONTACTS).values()
            if c.get("organization_id") == ctx.organization_id
            and (
                not needle
                or any(
                    needle in str(c.get(f) or "").lower() for f in ("display_name", "email", "phone_number")
                )
            )
        ]
    rows = _sorted(rows, sort)
    page = rows[skip : skip + limit]
    return json_reply(
        {
            "data": page,
            "total": len(rows),
            "skip": skip,
            "limit": limit,
            "page": skip // limit + 1,
            "has_more": skip + limit < len(rows),
        }
    )


# -- contacts ------------------------------------------------------------------------------------------------------
@handler("list_contacts")
def list_contacts(ctx: Ctx) -> Reply:
    """``limit`` with ``skip``, the spec's ``offset`` or the integrations' 1-based ``page``; ``q`` or ``search``."""
    q = ctx.query
    limit = _int(q.get("limit"), "limit", DEFAULT_LIMIT, 1)
    if q.get("skip") not in (None, ""):
        skip = _int(q.get("skip"), "skip", 0, 0)
    elif q.get("offset") not in (None, ""):
        skip = _int(q.get("offset"), "offset", 0, 0)
    else:
        skip = (_int(q.get("page"), "page", 1, 1) - 1) * limit
    return _contacts_page(ctx, q.get("q") or q.get("search"), skip, limit, q.get("sort"))


@handler("search_contacts")
def search_contacts(ctx: Ctx) -> Reply:
    q = ctx.query
    skip = _int(q.get("skip"), "skip", 0, 0)
    return _contacts_page(ctx, q.get("q"), skip, _int(q.get("limit"), "limit", DEFAULT_LIMIT, 1))


@handler("search_contacts_by_body")
def search_contacts_by_body(ctx: Ctx) -> Reply:
    body = ctx.body
    skip = _int(body.get("offset"), "offset", 0, 0)
    return _contacts_page(ctx, body.get("query"), skip, _int(body.get("limit"), "limit", DEFAULT_LIMIT, 1))


@handler("create_contact")
def create_contact(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        contact_id = ctx.store.new_id("contact_")
        fields = {k: v for k, v in ctx.body.items() if k not in ("id", "_id", "organization_id")}
        row = _contact_row(contact_id, fields, ctx.store.tick())
        row["organization_id"] = ctx.organization_id
        ctx.store.table(CONTACTS)[contact_id] = row
        _activity(ctx.store, contact_id, "created", "Contact created")
        ctx.effect()
        return json_reply({"data": dict(row)}, 201)


@handler("delete_contact")
def delete_contact(ctx: Ctx) -> Reply:
    """Its comments, files and activities go; its conversations stay, detached (``former_contact_id``)."""
    with ctx.store.lock:
        contact = _contact(ctx)
        contact_id = contact["id"]
        for table in (COMMENTS, FILES, ACTIVITIES):
            rows = ctx.store.table(table)
            for row_id in [k for k, r in rows.items() if r.get("contact_id") == contact_id]:
                del rows[row_id]
        for conversation in ctx.store.table(CONVERSATIONS).values():
            if conversation.get("contact_id") == contact_id:
                conversation["former_contact_id"] = conversation.pop("contact_id")
                conversation["updated_at"] = ctx.store.tick()
        del ctx.store.table(CONTACTS)[contact_id]
        ctx.effect()
        return json_reply({"data": dict(contact)})


@handler("list_contact_conversations")
def list_contact_conversations(ctx: Ctx) -> Reply:
    wanted = {t.strip() for t in str(ctx.query.get("channel_types") or "").split(",") if t.strip()}
    with ctx.store.lock:
        contact_id = _contact(ctx)["id"]
        rows = [
            dict(c)
            for c in ctx.store.table(CONVERSATIONS).values()
            if c.get("contact_id") == contact_id
            and c.get("organization_id") == ctx.organization_id
            and (not wanted or c.get("channel_type") in wanted)
        ]
    return json_reply({"data": rows, "total": len(rows)})


# -- comments, files, activities ---------------------------------------------------------------------------------
@handler("list_contact_comments")
def list_contact_comments(ctx: Ctx) -> Reply:
    q = ctx.query
    wanted = {t.strip() for t in str(q.get("channel_types") or "").split(",") if t.strip()}
    skip, limit = _int(q.get("skip"), "skip", 0, 0), _int(q.get("limit"), "limit", DEFAULT_LIMIT, 1)
    with ctx.store.lock:
        contact_id = _contact(ctx)["id"]
        rows = [
            dict(c)
            for c in ctx.store.table(COMMENTS).values()
            if c.get("contact_id") == contact_id and (not wanted or c.get("channel_type") in wanted)
        ]
    rows.reverse()  # newest first
    return json_reply({"data": rows[skip : skip + limit], "total": len(rows)})


@handler("create_contact_comment")
def create_contact_comment(ctx: Ctx) -> Reply:
    text = ctx.body.get("content") or ctx.body.get("text")
    if not isinstance(text, str) or not text.strip():
        raise MockError(400, "content is required")
    with ctx.store.lock:
        contact_id = _contact(ctx)["id"]
        comment_id = ctx.store.new_id("comment_")
        row = {
            **{k: v for k, v in ctx.body.items() if k not in ("_id", "id", "organization_id")},
            "_id": comment_id,
            "id": comment_id,
            "contact_id": contact_id,
            "text": text,
            "content": text,
            "user_id": caller(ctx)["id"],
            "organization_id": ctx.organization_id,
            "created_at": ctx.store.tick(),
        }
        ctx.store.table(COMMENTS)[comment_id] = row
        _activity(ctx.store, contact_id, "comment", text)
        ctx.effect()
        return json_reply({"data": dict(row)}, 201)


def _comment(ctx: Ctx) -> dict[str, Any]:
    contact_id = _contact(ctx)["id"]
    comment = _mine(ctx, COMMENTS, ctx.path["comment_id"], "comment")
    if comment.get("contact_id") != contact_id:
        raise MockError(404, f"comment {ctx.path['comment_id']} not found")
    return comment


@handler("get_contact_comment")
def get_contact_comment(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        return json_reply({"data": dict(_comment(ctx))})


@handler("delete_contact_comment")
def delete_contact_comment(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        comment = _comment(ctx)
        del ctx.store.table(COMMENTS)[comment["_id"]]
        ctx.effect()
        return json_reply({"data": dict(comment)})


@handler("list_contact_files")
def list_contact_files(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        contact_id = _contact(ctx)["id"]
        rows = [dict(f) for f in ctx.store.table(FILES).values() if f.get("contact_id") == contact_id]
    return json_reply({"data": rows})


@handler("list_conversation_activities")
def list_conversation_activities(ctx: Ctx) -> Reply:
    """The conversation's own entries and its contact's (those not tied to another conversation)."""
    conversation_id = ctx.path["conversation_id"]
    with ctx.store.lock:
        conversation = _mine(ctx, CONVERSATIONS, conversation_id, "conversation")
        contact_id = conversation.get("contact_id")
        rows = [
            dict(a)
            for a in ctx.store.table(ACTIVITIES).values()
            if a.get("conversation_id") == conversation_id
            or (contact_id and not a.get("conversation_id") and a.get("contact_id") == contact_id)
        ]
    return json_reply({"data": rows})


# -- CSV export and the upload route -----------------------------------------------------------------------------
@handler("export_contacts_csv")
def export_contacts_csv(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        rows = [
            dict(c)
            for c in ctx.store.table(CONTACTS).values()
            if c.get("organization_id") == ctx.organization_id
        ]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EXPORT_COLUMNS)
    for row in _sorted(rows, ctx.query.get("sort")):
        labels = row.get("labels") or []
        writer.writerow(
            [";".join(map(str, labels)) if c == "labels" else row.get(c, "") for c in EXPORT_COLUMNS]
        )
    return text_reply(out.getvalue(), "text/csv; charset=utf-8")


def _parse_csv(data: bytes) -> list[dict[str, Any]]:
    """The CSV's rows as contact fields; a malformed line is a 400 naming it (nothing is imported)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise MockError(400, "line 1: the CSV is not UTF-8 text") from None
    reader = csv.reader(io.StringIO(text), strict=True)
    try:
        lines = list(reader)
    except csv.Error as exc:
        raise MockError(400, f"line {reader.line_num}: malformed CSV ({exc})") from None
    if not lines or not any(cell.strip() for cell in lines[0]):
        raise MockError(400, "line 1: the CSV has no header row")
    header = [cell.strip().lower() for cell in lines[0]]
    unknown = [h for h in header if h not in IMPORT_COLUMNS]
    if unknown:
        raise MockError(
            400, f"line 1: unknown column {unknown[0]!r} (known: {', '.join(sorted(IMPORT_COLUMNS))})"
        )
    contacts: list[dict[str, Any]] = []
    for number, cells in enumerate(lines[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue  # blank lines are skipped
        if len(cells) != len(header):
            raise MockError(400, f"line {number}: expected {len(header)} fields, found {len(cells)}")
        fields: dict[str, Any] = {}
        for column, cell in zip(header, cells, strict=True):
            value = cell.strip()
            if not value:
                continue
            field = IMPORT_COLUMNS[column]
            fields[field] = [v.strip() for v in value.split(";") if v.strip()] if field == "labels" else value
        if not any(fields.get(f) for f in ("display_name", "first_name", "email", "phone_number")):
            raise MockError(400, f"line {number}: a contact needs a name, an email or a phone number")
        if "email" in fields and not _EMAIL.match(fields["email"]):
            raise MockError(400, f"line {number}: {fields['email']!r} is not an email address")
        contacts.append(fields)
    return contacts


@handler("upload_contact_file")
def upload_contact_file(ctx: Ctx) -> Reply:
    upload, fields = ctx.form()
    name = upload.filename or "upload.bin"
    if not upload.data:
        raise MockError(400, "the file is empty")
    is_csv = name.lower().endswith(".csv") or "csv" in (upload.content_type or "")
    with ctx.store.lock:
        if is_csv:
            parsed = _parse_csv(upload.data)  # all rows checked before any is stored
            now = ctx.store.tick()
            made = []
            for row_fields in parsed:
                contact_id = ctx.store.new_id("contact_")
                row = _contact_row(contact_id, {**row_fields, "source": "import"}, now)
                row["organization_id"] = ctx.organization_id
                ctx.store.table(CONTACTS)[contact_id] = row
                _activity(ctx.store, contact_id, "created", f"Imported from {name}")
                made.append(dict(row))
            ctx.effect()
            return json_reply({"name": name, "size": len(upload.data), "imported": len(made), "data": made})
        file_id = ctx.store.new_id("file_")
        url = f"{FILE_HOST}/contacts/{file_id}/{name}"
        reply: dict[str, Any] = {"url": url, "name": name, "size": len(upload.data)}
        attach_to = fields.get("contact_id")
        if attach_to:
            contact = _mine(ctx, CONTACTS, attach_to, "contact")
            row = {
                "_id": file_id,
                "id": file_id,
                "contact_id": attach_to,
                "name": name,
                "url": url,
                "size": len(upload.data),
                "content_type": upload.content_type or "application/octet-stream",
                "organization_id": ctx.organization_id,
                "created_at": ctx.store.tick(),
            }
            ctx.store.table(FILES)[file_id] = row
            _activity(ctx.store, contact["id"], "file", name)
            reply["file"] = dict(row)
        ctx.effect()
        return json_reply(reply)


# -- notifications -------------------------------------------------------------------------------------------------
def _feed(ctx: Ctx) -> list[dict[str, Any]]:
    me = caller(ctx)["id"]
    return [
        n
        for n in ctx.store.table(NOTIFICATIONS).values()
        if n.get("user_id") == me
        and n.get("organization_id") == ctx.organization_id
        and not n.get("dismissed")
    ]


def _picked(ctx: Ctx, ids: list[str]) -> list[dict[str, Any]]:
    feed = {n["_id"]: n for n in _feed(ctx)}
    missing = [i for i in ids if i not in feed]
    if missing:
        raise MockError(404, f"notification {missing[0]} not found")
    return [feed[i] for i in ids]


@handler("list_notifications")
def list_notifications(ctx: Ctx) -> Reply:
    q = ctx.query
    skip, limit = _int(q.get("skip"), "skip", 0, 0), _int(q.get("limit"), "limit", DEFAULT_LIMIT, 1)
    with ctx.store.lock:
        rows = [dict(n) for n in _feed(ctx) if not q.get("type") or n.get("type") == q.get("type")]
    rows.reverse()  # newest first
    unread = sum(1 for n in rows if not n.get("read"))
    return json_reply({"data": rows[skip : skip + limit], "total": len(rows), "unread": unread})


@handler("mark_notifications_read")
def mark_notifications_read(ctx: Ctx) -> Reply:
    ids = (ctx.body or {}).get("ids")
    with ctx.store.lock:
        targets = _picked(ctx, list(ids)) if ids else _feed(ctx)
        changed = [n for n in targets if not n.get("read")]
        for n in changed:
            n["read"] = True
        ctx.effect()
    return json_reply({"success": True, "count": len(changed)})


@handler("dismiss_notification")
def dismiss_notification(ctx: Ctx) -> Reply:
    body = ctx.body or {}
    ids = list(body.get("ids") or []) + ([body["notification_id"]] if body.get("notification_id") else [])
    if not ids:
        raise MockError(400, "notification_id is required")
    with ctx.store.lock:
        targets = _picked(ctx, list(dict.fromkeys(ids)))
        for n in targets:
            n["dismissed"] = True
        ctx.effect()
    return json_reply({"success": True, "count": len(targets)})


@handler("dismiss_all_notifications")
def dismiss_all_notifications(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        targets = _feed(ctx)
        for n in targets:
            n["dismissed"] = True
        ctx.effect()
    return json_reply({"success": True, "count": len(targets)})


# -- categories ----------------------------------------------------------------------------------------------------
@handler("list_categories")
def list_categories(ctx: Ctx) -> Reply:
    """``search`` in the name, ``apply_to`` one of the category's targets; sorted by name."""
    search = str(ctx.query.get("search") or "").lower()
    target = ctx.query.get("apply_to")
    with ctx.store.lock:
        rows = [
            dict(c)
            for c in ctx.store.table(CATEGORIES).values()
            if c.get("organization_id") == ctx.organization_id
            and search in str(c.get("name", "")).lower()
            and (not target or target in (c.get("apply_to") or []))
        ]
    return json_reply({"data": sorted(rows, key=lambda c: str(c.get("name", "")).lower())})


# -- message suggestions and predictions ---------------------------------------------------------------------------
def _last_text(conversation: dict[str, Any]) -> str:
    last = conversation.get("last_message")
    if isinstance(last, dict):
        return str(last.get("text") or "")
    return str(last or "")


@handler("get_message_suggestions")
def get_message_suggestions(ctx: Ctx) -> Reply:
    """Replies to ``message``, or to the conversation's last message; a missing conversation is a 404."""
    body = ctx.body
    message = str(body.get("message") or "")
    if body.get("conversation_id"):
        with ctx.store.lock:
            conversation = _mine(ctx, CONVERSATIONS, body["conversation_id"], "conversation")
            message = message or _last_text(conversation)
    topic = message.strip().rstrip("?!.") or "your request"
    candidates = [
        f"Thanks for reaching out! I'm looking into {topic[:60]} for you now.",
        "Could you share a few more details, such as your order or account number?",
        "I've noted this down and will get back to you shortly.",
        "Is there anything else I can help you with today?",
        "Let me connect you with the right team for this.",
    ]
    limit = int(body.get("limit") or 3)
    suggestions = candidates[:limit]
    return json_reply({"success": True, "follow_up_message": suggestions[0], "suggestions": suggestions})


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


@handler("predict")
def predict(ctx: Ctx) -> Reply:
    """``lead_score_v1``: a deterministic score from ``company_size``, ``mrr`` and ``industry``."""
    model = ctx.body["model"]
    if model != "lead_score_v1":
        raise MockError(404, f"model {model} not found (the mock knows lead_score_v1)")
    features = ctx.body.get("input") or {}
    score = 0.3
    score += min(_number(features.get("company_size")) / 500, 1.0) * 0.25
    score += min(_number(features.get("mrr")) / 10000, 1.0) * 0.3
    if str(features.get("industry") or "").lower() in ("saas", "software", "fintech"):
        score += 0.15
    score = round(min(score, 1.0), 2)
    label = "hot" if score >= 0.7 else "warm" if score >= 0.4 else "cold"
    return json_reply({"model": model, "score": score, "label": label, "input": dict(features)})
