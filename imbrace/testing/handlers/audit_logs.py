"""Mock handlers for the audit trail (``client.audit_logs``): filter, count, read and revert the entries
that ``imbrace/testing/_audit.py`` records for every write. An organization sees only its own entries."""

from __future__ import annotations

import base64
import datetime
from collections import Counter
from collections.abc import Callable
from typing import Any

from .. import _audit
from .._app import Ctx, MockError, Reply, json_reply
from . import handler

_TEXT_FIELDS = ("action", "resource", "resourceId", "userId", "userName", "operation", "path")


def _moment(text: str, name: str, *, end_of_day: bool = False) -> datetime.datetime:
    """An ISO date or date-time (a bare date ``to`` counts as its whole day)."""
    try:
        if len(text) == 10:
            day = datetime.date.fromisoformat(text)
            moment = datetime.datetime.combine(day, datetime.time.max if end_of_day else datetime.time.min)
            return moment.replace(tzinfo=datetime.UTC)
        parsed = datetime.datetime.fromisoformat(text)
    except ValueError:
        raise MockError(400, f"{name} must be an ISO date or date-time, not {text!r}") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)


def _in_range(ctx: Ctx) -> Callable[[dict[str, Any]], bool]:
    start = _moment(ctx.query["from"], "from") if ctx.query.get("from") else None
    end = _moment(ctx.query["to"], "to", end_of_day=True) if ctx.query.get("to") else None
    if start and end and start > end:
        raise MockError(400, "from must not be after to")

    def inside(entry: dict[str, Any]) -> bool:
        at = _moment(entry["createdAt"], "createdAt")
        return (start is None or at >= start) and (end is None or at <= end)

    return inside


def _selected(ctx: Ctx) -> list[dict[str, Any]]:
    """The organization's entries the query selects, newest first."""
    inside = _in_range(ctx)
    wanted = {
        field: set(str(ctx.query[param]).split(","))
        for param, field in (
            ("userId", "userId"),
            ("resource", "resource"),
            ("resourceId", "resourceId"),
            ("action", "action"),
        )
        if ctx.query.get(param)
    }
    board = ctx.query.get("boardId")
    text = str(ctx.query.get("q") or "").lower()
    imports = ctx.query.get("imports")
    found = []
    for entry in reversed(_audit.entries(ctx)):
        if any(entry.get(field) not in values for field, values in wanted.items()):
            continue
        if board and entry.get("boardId") != board:
            continue
        if text and not any(text in str(entry.get(f, "")).lower() for f in _TEXT_FIELDS):
            continue
        if imports and bool(entry.get("import")) != (imports == "only"):
            continue
        if inside(entry):
            found.append(entry)
    return found


def _cursor(entry_id: str) -> str:
    return base64.urlsafe_b64encode(entry_id.encode()).decode()


def _after_cursor(entries: list[dict[str, Any]], cursor: str) -> int:
    """The index just after the entry the cursor names."""
    try:
        entry_id = base64.urlsafe_b64decode(cursor.encode()).decode()
    except ValueError:
        raise MockError(400, "invalid cursor") from None
    for index, entry in enumerate(entries):
        if entry["_id"] == entry_id:
            return index + 1
    raise MockError(400, "invalid cursor")


@handler("list_audit_logs")
def list_audit_logs(ctx: Ctx) -> Reply:
    """A page by ``page`` or, when given, after ``cursor``; ``includeArchive`` changes nothing (the mock
    archives nothing)."""
    with ctx.store.lock:
        found = _selected(ctx)
        limit, page = int(ctx.query.get("limit", 25)), int(ctx.query.get("page", 1))
        start = _after_cursor(found, ctx.query["cursor"]) if ctx.query.get("cursor") else (page - 1) * limit
        shown = found[start : start + limit]
        more = start + limit < len(found)
        pagination = {
            "page": page if not ctx.query.get("cursor") else start // limit + 1,
            "limit": limit,
            "total": len(found),
            "totalPages": max(1, -(-len(found) // limit)),
            "hasMore": more,
            "nextCursor": _cursor(shown[-1]["_id"]) if more and shown else None,
        }
        return json_reply({"data": [_audit.public(e) for e in shown], "pagination": pagination})


@handler("get_audit_log_summary")
def get_audit_log_summary(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        inside = _in_range(ctx)
        found = [e for e in _audit.entries(ctx) if inside(e)]
        summary = {
            "from": ctx.query.get("from"),
            "to": ctx.query.get("to"),
            "total": len(found),
            "byAction": dict(Counter(e["action"] for e in found)),
            "byResource": dict(Counter(e["resource"] for e in found)),
            "byUser": dict(Counter(e["userId"] for e in found)),
        }
        return json_reply({"data": summary})


def _entry(ctx: Ctx) -> dict[str, Any]:
    entry = _audit.find(ctx, ctx.path["entry_id"])
    if entry is None:
        raise MockError(404, f"audit entry {ctx.path['entry_id']} not found")
    return entry


@handler("get_audit_log")
def get_audit_log(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        return json_reply({"data": _audit.public(_entry(ctx))})


@handler("revert_audit_log")
def revert_audit_log(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        entry = _entry(ctx)
        try:
            revert_entry, restored = _audit.revert(ctx, entry)
        except _audit.RevertError as exc:
            raise MockError(409, str(exc)) from None
        ctx.effect()
        data: dict[str, Any] = {"revertEntry": revert_entry}
        if restored is not None:
            data["restoredResourceId"] = restored
        return json_reply({"data": data})
