"""The mock's audit trail: every successful write leaves one entry in the caller's organization.

Three places write entries, and each write is recorded once:

* the CRUD engine (``_crud.py``) records its create, update, replace and delete with the item's full state
  before and after and the store table holding it, so the entry is revertable;
* a hand-written handler may call :func:`record` itself, with ``collection`` and the before/after state when
  its change can be undone (``handlers/roles.py`` does for role assignment);
* :func:`record_fallback`, called by the app after any other write (POST, PUT, PATCH or DELETE answered 2xx
  that applied a side effect), records a generic entry that says what was called but cannot be reverted.

:func:`revert` undoes a revertable entry and records the revert as an entry of its own (itself revertable).
Entries live in the ``audit_log_entries`` table; recording one is not a side effect of the operation
(``ctx.effect()`` is never called here), and it neither advances the store's clock nor uses its id counter,
so the ids and timestamps of everything else are the same with or without the trail.
"""

from __future__ import annotations

import copy
import datetime
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ._constants import DEMO_USER_ID

if TYPE_CHECKING:
    from ._app import Ctx
    from ._store import Store

AUDIT = "audit_log_entries"
WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_STATE = "_state"  # the stored entry's private part: what a revert needs (never sent)
_ACTIONS = {"POST": "create", "PUT": "update", "PATCH": "update", "DELETE": "delete"}
_UPDATED = ("updated_at", "updatedAt", "updated")
_VERSIONS = frozenset({"v1", "v2", "v3"})
_RESOURCES = {"platform_users": "users"}  # store tables whose name is the mock's own, not the API's


class RevertError(Exception):
    """Why an entry cannot be reverted (the handler answers 409 with the message)."""


def now(store: Store) -> str:
    """The store's current time, without advancing it (entries share the timestamp of their write)."""
    moment = datetime.datetime.fromtimestamp(store.clock, datetime.UTC)
    return moment.isoformat().replace("+00:00", "Z")


def public(entry: Mapping[str, Any]) -> dict[str, Any]:
    """An entry as the API shows it (without its private revert state)."""
    return {k: copy.deepcopy(v) for k, v in entry.items() if k != _STATE}


def entries(ctx: Ctx) -> list[dict[str, Any]]:
    """The caller's organization's entries, oldest first (stored objects: hold the lock to change them)."""
    with ctx.store.lock:
        return [e for e in ctx.store.table(AUDIT).values() if e["organizationId"] == ctx.organization_id]


def find(ctx: Ctx, entry_id: str) -> dict[str, Any] | None:
    """The stored entry, when it exists in the caller's organization."""
    with ctx.store.lock:
        entry: dict[str, Any] | None = ctx.store.table(AUDIT).get(entry_id)
    if entry is None or entry["organizationId"] != ctx.organization_id:
        return None
    return entry


def record(
    ctx: Ctx,
    *,
    action: str,
    resource: str,
    resource_id: str | None = None,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    collection: str | None = None,
    hide: Iterable[str] = (),
    board_id: str | None = None,
    revert_of: str | None = None,
) -> dict[str, Any]:
    """Add an entry for ``ctx``'s write to the caller's organization and return it (as shown).

    With ``collection`` (the store table holding the item under ``resource_id``) and the item's full state
    ``before`` and/or ``after`` the write (``None`` for "did not exist"), the entry is revertable. ``hide``
    names fields the entry never shows (the item's secrets); the private state keeps them for a revert.
    """
    with ctx.store.lock:
        table = ctx.store.table(AUDIT)
        entry_id = f"audit_{len(table) + 1:06d}"  # entries are never deleted, so the count is unique
        user = ctx.store.table("platform_users").get(DEMO_USER_ID) or {}  # any credential is the demo user
        hidden = frozenset(hide)
        entry: dict[str, Any] = {
            "_id": entry_id,
            "id": entry_id,
            "organizationId": ctx.organization_id,
            "userId": DEMO_USER_ID,
            "userName": user.get("display_name", ""),
            "action": action,
            "resource": _RESOURCES.get(resource, resource),
            "operation": ctx.route.op_id,
            "method": ctx.route.method,
            "path": ctx.route.pattern,
            "revertable": bool(collection and resource_id and (before is not None or after is not None)),
            "createdAt": now(ctx.store),
        }
        if resource_id:
            entry["resourceId"] = resource_id
        if board_id:
            entry["boardId"] = board_id
        if revert_of:
            entry["revertOf"] = revert_of
        for name, state in (("before", before), ("after", after)):
            if state is not None:
                entry[name] = {k: copy.deepcopy(v) for k, v in state.items() if k not in hidden}
        if entry["revertable"]:
            entry[_STATE] = {
                "collection": collection,
                "before": copy.deepcopy(dict(before)) if before is not None else None,
                "after": copy.deepcopy(dict(after)) if after is not None else None,
                "hide": sorted(hidden),
            }
        table[entry_id] = entry
        ctx.audited = True
        return public(entry)


def record_fallback(ctx: Ctx, status: int, body: Any) -> None:
    """After a handler answered: a generic entry for a successful write that recorded none itself.

    A write is a POST, PUT, PATCH or DELETE answered 2xx whose handler applied a side effect
    (``ctx.effect()``): a computation or a search sent as a POST changes nothing and leaves no entry, and
    an event stream's effects, applied while it streams, come too late to count. The resource is the
    path's last named segment (``/platform/v2/teams/_add_users`` -> ``teams``), its id the path parameter
    right after it or else the ``_id``/``id`` of the reply.
    """
    if ctx.audited or not ctx.applied or ctx.route.method not in WRITES or not 200 <= status < 300:
        return
    segments = ctx.route.pattern.strip("/").split("/")
    named = [i for i, s in enumerate(segments) if s and not s.startswith(("{", "_")) and s not in _VERSIONS]
    resource = segments[named[-1]] if named else ctx.route.op_id
    resource_id = None
    if named and named[-1] + 1 < len(segments) and segments[named[-1] + 1].startswith("{"):
        resource_id = ctx.path.get(segments[named[-1] + 1].strip("{}"))
    if resource_id is None and isinstance(body, dict):
        found = body.get("_id") or body.get("id")
        resource_id = found if isinstance(found, str) else None
    board_id = ctx.path.get("board_id") or (resource_id if resource == "boards" else None)
    record(
        ctx,
        action=_ACTIONS[ctx.route.method],
        resource=resource,
        resource_id=resource_id,
        board_id=board_id,
    )


def revert(ctx: Ctx, entry: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """Undo ``entry``'s change (hold the store lock): a created item is removed, a deleted one comes back,
    and a changed one gets back the fields the change touched (its other fields stay as they are now).

    Returns the revert's own entry and the id of the item when it exists afterwards. ``RevertError`` says
    why not: the entry is not revertable, was reverted already, or the item's existence changed since.
    """
    state = entry.get(_STATE)
    if not entry.get("revertable") or not isinstance(state, dict):
        raise RevertError(
            f"audit entry {entry['_id']} ({entry['operation']}) is not revertable: the mock can only undo "
            "the changes it recorded with the item's state (create, update, replace, delete, role changes)"
        )
    if entry.get("revertedBy"):
        raise RevertError(f"audit entry {entry['_id']} was already reverted by {entry['revertedBy']}")
    table = ctx.store.table(state["collection"])
    item_id: str = entry["resourceId"]
    before, after = state["before"], state["after"]
    current: dict[str, Any] | None = table.get(item_id)
    if after is not None and current is None:
        raise RevertError(f"{entry['resource']} {item_id} no longer exists: revert its deletion first")
    if after is None and current is not None:
        raise RevertError(f"{entry['resource']} {item_id} exists again: it cannot be restored twice")
    prior = copy.deepcopy(current)
    if before is None:
        del table[item_id]
    elif current is None:
        table[item_id] = copy.deepcopy(before)
    else:
        for field in set(before) | set(after or {}):
            if field in _UPDATED:
                continue
            if field not in before:
                current.pop(field, None)
            elif (after or {}).get(field, _MISSING) != before[field]:
                current[field] = copy.deepcopy(before[field])
        for field in _UPDATED:
            if field in current:
                current[field] = ctx.store.tick()
    restored = table.get(item_id)
    revert_entry = record(
        ctx,
        action="revert",
        resource=entry["resource"],
        resource_id=item_id,
        before=prior,
        after=copy.deepcopy(restored) if restored is not None else None,
        collection=state["collection"],
        hide=state["hide"],
        board_id=entry.get("boardId"),
        revert_of=entry["_id"],
    )
    entry["revertedBy"] = revert_entry["_id"]
    return revert_entry, item_id if restored is not None else None


_MISSING = object()
