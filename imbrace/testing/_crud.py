"""The mock's CRUD engine: plain create/get/list/update/replace/delete/search operations, served from the
store by what the spec declares, so they need no hand-written handler.

An operation opts in with the ``x-imbrace-crud`` extension (an object; only ``collection`` and ``action``
are required)::

    x-imbrace-crud: {collection: folders, action: get, id: folder_id, envelope: data}

``collection``  the store table holding the items, keyed by item id (seeders may fill it).
``action``      ``create`` | ``get`` | ``list`` | ``update`` (merge the body into the item, PATCH-style) |
                ``replace`` (the body becomes the item, PUT-style) | ``delete`` | ``search`` (a list whose
                criteria come from the JSON body when the operation has one, else from the query).
``id``          the path parameter holding the item id (get, update, replace, delete).
``envelope``    the reply wraps the item, or the list, as ``{<envelope>: ...}``. A list reply without it is
                a bare array; with it, a ``total`` is added when the reply schema declares one.
``page``        how a list pages: ``none`` (default), ``skip_limit``, ``offset_limit``, ``page_limit``
                (adds ``pagination``), ``cursor`` (opaque ``cursor`` in, ``next``/``previous`` out) or
                ``starting_after`` (item ids ``starting_after``/``ending_before`` in, ``has_more`` out).
``filter``      query params an item's field must equal (a list of names, or ``{param: field}``); an
                empty or absent param does not filter.
``match``       ``{param: field}``: the field must contain the param's text, ignoring case.
``order``       the field a list is sorted by, ``-field`` for descending (default: insertion order).
``scope``       the item field holding its owner organization: a create sets it to the caller's, and an
                item of another organization is invisible (404, never listed). A ``filter`` on the same
                field names the organization explicitly instead.
``parent``      ``{collection, id, field}``: the item belongs to the ``collection`` item named by path
                parameter ``id`` (404 when that is missing), and holds its id in ``field``.
``prefix``      generated ids are ``<prefix>000123``; without one they are UUID-shaped.
``id_fields``   the item fields that hold its id (default: ``_id`` and/or ``id``, as the item schema has).
``defaults``    fields a create (or replace) fills when the body omits them.
``hide``        stored fields a reply never shows (secrets, owner, file bytes).
``readonly``    fields an update or replace never changes (id fields, scope, parent and the created
                timestamp never change anyway).

Everything else comes from the operation itself: the success status (201 for a create when declared; 204
with no body for a delete when declared), ``created_at``/``updated_at`` (or ``createdAt``/``updatedAt``,
``created``/``updated``) when the item schema has them, and the default ``limit`` of the query. A missing
item is the mock's usual 404 error body. A hand-written ``@handler`` always wins over the engine; it may
adjust ``ctx`` and call :func:`serve` to reuse the engine (see ``handlers/ai.py``).
"""

from __future__ import annotations

import base64
import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from . import _audit
from ._app import Ctx, MockError, Reply, empty_reply, json_reply
from ._spec import Route, load_spec

EXTENSION = "x-imbrace-crud"
ACTIONS = frozenset({"create", "get", "list", "update", "replace", "delete", "search"})
PAGES = frozenset({"none", "skip_limit", "offset_limit", "page_limit", "cursor", "starting_after"})
_KEYS = frozenset(
    {
        "collection",
        "action",
        "id",
        "envelope",
        "page",
        "filter",
        "match",
        "order",
        "scope",
        "parent",
        "prefix",
        "id_fields",
        "defaults",
        "hide",
        "readonly",
    }
)
_CREATED = ("created_at", "createdAt", "created")
_UPDATED = ("updated_at", "updatedAt", "updated")
DEFAULT_LIMIT = 20


@dataclass(frozen=True)
class Parent:
    collection: str
    param: str
    field: str


@dataclass(frozen=True)
class Plan:
    """One operation's extension, checked, plus what the engine reads from the operation's schemas."""

    collection: str
    action: str
    id_param: str | None
    envelope: str | None
    page: str
    filters: Mapping[str, str]
    matches: Mapping[str, str]
    order: str | None
    scope: str | None
    parent: Parent | None
    prefix: str
    id_fields: tuple[str, ...]
    defaults: Mapping[str, Any]
    hide: frozenset[str]
    readonly: frozenset[str]
    status: int
    no_body: bool
    created_field: str | None
    updated_field: str | None
    with_total: bool
    default_limit: int
    criteria_in_body: bool

    @property
    def what(self) -> str:
        return _singular(self.collection)

    def protected(self) -> frozenset[str]:
        """Fields no update or replace may change."""
        fixed = {*self.id_fields, *self.readonly}
        fixed.update(f for f in (self.scope, self.created_field) if f)
        if self.parent:
            fixed.add(self.parent.field)
        return frozenset(fixed)


def _singular(collection: str) -> str:
    """A collection's item in error messages: ``guardrail_providers`` -> ``guardrail provider``."""
    return collection.removesuffix("s").replace("_", " ")


# -- reading the spec -----------------------------------------------------------------------------------
def _resolve(document: Mapping[str, Any], schema: Any) -> dict[str, Any]:
    """``schema`` with local ``$ref``s followed, and an ``anyOf``/``oneOf`` narrowed to its object branch."""
    for _ in range(32):  # bounded: a reference cycle ends here rather than looping
        if not isinstance(schema, dict):
            return {}
        if "$ref" in schema:
            target: Any = document
            for part in schema["$ref"].removeprefix("#/").split("/"):
                target = target.get(part, {}) if isinstance(target, dict) else {}
            schema = target
            continue
        branches = schema.get("anyOf") or schema.get("oneOf")
        if branches:
            resolved = [_resolve(document, b) for b in branches]
            schema = next((b for b in resolved if "properties" in b), resolved[0])
            continue
        return schema
    return {}


def _success(
    operation: Mapping[str, Any], action: str, document: Mapping[str, Any]
) -> tuple[int, dict[str, Any] | None]:
    """(status, JSON schema or None) of the reply the engine sends: a delete declared to answer 204 does
    so, with no body; any other operation answers its lowest 2xx (a delete then returns the deleted item)."""
    codes = sorted(int(c) for c in operation.get("responses", {}) if str(c).isdigit() and str(c)[0] == "2")
    if not codes:
        raise ValueError("declares no 2xx response")
    status = 204 if action == "delete" and 204 in codes else codes[0]
    response = _resolve(document, operation["responses"][str(status)])  # may be a components/responses $ref
    media = response.get("content", {}).get("application/json")
    return status, (media or {}).get("schema")


def _limit_default(operation: Mapping[str, Any], document: Mapping[str, Any]) -> int:
    for parameter in (_resolve(document, p) for p in operation.get("parameters", [])):
        if parameter.get("name") == "limit":
            return int(_resolve(document, parameter.get("schema")).get("default", DEFAULT_LIMIT))
    return DEFAULT_LIMIT


def _names(value: Any, key: str) -> dict[str, str]:
    """A ``filter``/``match`` value: a list of names (param = field) or a ``{param: field}`` mapping."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return {v: v for v in value}
    if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
        return dict(value)
    raise ValueError(f"{key} must be a list of names or a {{param: field}} mapping")


def compile_plan(operation: Mapping[str, Any], document: Mapping[str, Any]) -> Plan:
    """Check an operation's ``x-imbrace-crud`` and read what the engine needs from the operation.

    ``ValueError`` names what is wrong, so a bad extension fails when the mock loads, not on a request.
    """
    ext = operation.get(EXTENSION)
    if not isinstance(ext, dict):
        raise ValueError(f"{EXTENSION} must be an object")
    unknown = set(ext) - _KEYS
    if unknown:
        raise ValueError(f"unknown {EXTENSION} keys: {sorted(unknown)}")
    action, page = ext.get("action"), ext.get("page", "none")
    if action not in ACTIONS:
        raise ValueError(f"action must be one of {sorted(ACTIONS)}, not {action!r}")
    if page not in PAGES:
        raise ValueError(f"page must be one of {sorted(PAGES)}, not {page!r}")
    if not isinstance(ext.get("collection"), str):
        raise ValueError("collection (the store table) is required")
    id_param = ext.get("id")
    if action in ("get", "update", "replace", "delete") and not isinstance(id_param, str):
        raise ValueError(f"action {action} needs id: the path parameter holding the item id")
    parent = ext.get("parent")
    if parent is not None and not (isinstance(parent, dict) and set(parent) == {"collection", "id", "field"}):
        raise ValueError("parent must be {collection, id, field}")

    status, reply = _success(operation, action, document)
    envelope = ext.get("envelope")
    reply_schema = _resolve(document, reply)
    item = _resolve(document, reply_schema.get("properties", {}).get(envelope)) if envelope else reply_schema
    if action in ("list", "search"):
        item = _resolve(document, item.get("items"))
    props = item.get("properties", {})
    id_fields = ext.get("id_fields") or [f for f in ("_id", "id") if f in props]
    body_media = operation.get("requestBody", {}).get("content", {})
    return Plan(
        collection=ext["collection"],
        action=action,
        id_param=id_param,
        envelope=envelope,
        page=page,
        filters=_names(ext.get("filter", []), "filter"),
        matches=_names(ext.get("match", {}), "match"),
        order=ext.get("order"),
        scope=ext.get("scope"),
        parent=Parent(parent["collection"], parent["id"], parent["field"]) if parent else None,
        prefix=ext.get("prefix", ""),
        id_fields=tuple(id_fields),
        defaults=dict(ext.get("defaults", {})),
        hide=frozenset(ext.get("hide", [])),
        readonly=frozenset(ext.get("readonly", [])),
        status=status,
        no_body=reply is None,
        created_field=next((f for f in _CREATED if f in props), None),
        updated_field=next((f for f in _UPDATED if f in props), None),
        with_total=bool(envelope) and "total" in reply_schema.get("properties", {}),
        default_limit=_limit_default(operation, document),
        criteria_in_body=action == "search" and "application/json" in body_media,
    )


_PLANS: dict[tuple[str, str, str], Plan] = {}


def plan_for(route: Route) -> Plan:
    """The route's plan, compiled once (the spec is loaded once per process)."""
    key = (route.service, route.method, route.pattern)
    plan = _PLANS.get(key)
    if plan is None:
        plan = _PLANS[key] = compile_plan(route.operation, load_spec().documents[route.service])
    return plan


def crud_routes() -> list[Route]:
    """Every route whose operation carries the extension."""
    return [r for r in load_spec().routes if EXTENSION in r.operation]


def register(handlers: dict[str, Callable[[Ctx], Reply]], engine_ops: set[str]) -> None:
    """Serve every extended operation that has no hand-written handler (and check every extension)."""
    for route in crud_routes():
        try:
            plan_for(route)
        except ValueError as exc:
            raise ValueError(f"{route.op_id}: {EXTENSION}: {exc}") from None
        if route.op_id not in handlers:
            handlers[route.op_id] = serve
            engine_ops.add(route.op_id)


# -- serving ----------------------------------------------------------------------------------------------
def serve(ctx: Ctx) -> Reply:
    """Answer ``ctx`` as its operation's ``x-imbrace-crud`` says."""
    return execute(ctx, plan_for(ctx.route))


def execute(ctx: Ctx, plan: Plan) -> Reply:
    """Answer ``ctx`` by ``plan`` (tests pass a plan compiled from a spec of their own)."""
    with ctx.store.lock:
        parent_id = _check_parent(ctx, plan)
        if plan.action in ("list", "search"):
            return _list(ctx, plan, parent_id)
        if plan.action == "create":
            item_id, item = _create(ctx, plan, parent_id)
            _audit_write(ctx, plan, item_id, None, item)
        else:
            item = _find(ctx, plan, parent_id)
            before = copy.deepcopy(item)
            if plan.action in ("update", "replace"):
                _write(ctx, plan, item)
                _audit_write(ctx, plan, ctx.path[str(plan.id_param)], before, item)
            elif plan.action == "delete":
                del ctx.store.table(plan.collection)[ctx.path[str(plan.id_param)]]
                ctx.effect()
                _audit_write(ctx, plan, ctx.path[str(plan.id_param)], before, None)
        if plan.no_body:
            return empty_reply(plan.status)
        return json_reply(_wrap(plan, _shown(plan, item)), plan.status)


def _check_parent(ctx: Ctx, plan: Plan) -> str | None:
    if plan.parent is None:
        return None
    parent_id = ctx.path[plan.parent.param]
    if parent_id not in ctx.store.table(plan.parent.collection):
        raise MockError(404, f"{_singular(plan.parent.collection)} {parent_id} not found")
    return parent_id


def _visible(ctx: Ctx, plan: Plan, item: Mapping[str, Any], parent_id: str | None) -> bool:
    if plan.scope and item.get(plan.scope) != ctx.organization_id:
        return False
    return plan.parent is None or item.get(plan.parent.field) == parent_id


def _find(ctx: Ctx, plan: Plan, parent_id: str | None) -> dict[str, Any]:
    item_id = ctx.path[str(plan.id_param)]
    item: dict[str, Any] | None = ctx.store.table(plan.collection).get(item_id)
    if item is None or not _visible(ctx, plan, item, parent_id):
        raise MockError(404, f"{plan.what} {item_id} not found")
    return item


def _create(ctx: Ctx, plan: Plan, parent_id: str | None) -> tuple[str, dict[str, Any]]:
    item_id = ctx.store.new_id(plan.prefix)
    now = ctx.store.tick()
    item: dict[str, Any] = {
        **dict.fromkeys(plan.id_fields, item_id),
        **copy.deepcopy(dict(plan.defaults)),  # never one list shared by every item
        **(ctx.body if isinstance(ctx.body, dict) else {}),
    }
    if plan.scope:
        item[plan.scope] = ctx.organization_id
    if plan.parent:
        item[plan.parent.field] = parent_id
    for stamp in (plan.created_field, plan.updated_field):
        if stamp:
            item[stamp] = now
    ctx.store.table(plan.collection)[item_id] = item
    ctx.effect()
    return item_id, item


def _write(ctx: Ctx, plan: Plan, item: dict[str, Any]) -> None:
    """Update (merge the body) or replace (the body, over defaults, becomes the item) in place."""
    fixed = plan.protected()
    changes = {k: v for k, v in (ctx.body or {}).items() if k not in fixed}
    if plan.action == "replace":
        kept = {k: v for k, v in item.items() if k in fixed}
        item.clear()
        item.update(copy.deepcopy(dict(plan.defaults)), **kept)
    item.update(changes)
    if plan.updated_field:
        item[plan.updated_field] = ctx.store.tick()
    ctx.effect()


def _audit_write(
    ctx: Ctx, plan: Plan, item_id: str, before: Mapping[str, Any] | None, after: Mapping[str, Any] | None
) -> None:
    """A revertable audit entry for the write: the item's full state before and after (see _audit.py)."""
    state = after if after is not None else before
    board_id = (state or {}).get("board_id") or (item_id if plan.collection == "boards" else None)
    _audit.record(
        ctx,
        action=plan.action,
        resource=plan.collection,
        resource_id=item_id,
        before=before,
        after=copy.deepcopy(dict(after)) if after is not None else None,
        collection=plan.collection,
        hide=plan.hide,
        board_id=board_id if isinstance(board_id, str) else None,
    )


def _shown(plan: Plan, item: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k not in plan.hide}


def _wrap(plan: Plan, value: Any) -> Any:
    return {plan.envelope: value} if plan.envelope else value


# -- lists ---------------------------------------------------------------------------------------------
def _list(ctx: Ctx, plan: Plan, parent_id: str | None) -> Reply:
    criteria: Mapping[str, Any] = (ctx.body or {}) if plan.criteria_in_body else ctx.query
    items = [
        (key, item)
        for key, item in ctx.store.table(plan.collection).items()
        if _selected(ctx, plan, item, parent_id, criteria)
    ]
    if plan.order:
        field = plan.order.lstrip("-")
        items.sort(key=lambda pair: (_sort_key(pair[1].get(field)), pair[0]), reverse=plan.order[0] == "-")
    page, extra = _page(plan, [k for k, _ in items], criteria)
    shown = [_shown(plan, item) for _, item in items[page]]
    if not plan.envelope:
        return json_reply(shown, plan.status)
    body: dict[str, Any] = {plan.envelope: shown, **extra}
    if plan.with_total:
        body["total"] = len(items)
    return json_reply(body, plan.status)


def _selected(
    ctx: Ctx, plan: Plan, item: Mapping[str, Any], parent_id: str | None, criteria: Mapping[str, Any]
) -> bool:
    if plan.parent is not None and item.get(plan.parent.field) != parent_id:
        return False
    named_scope = False
    for param, field in plan.filters.items():
        wanted = criteria.get(param)
        if wanted in (None, ""):
            continue
        named_scope = named_scope or field == plan.scope
        if item.get(field) != wanted:
            return False
    if plan.scope and not named_scope and item.get(plan.scope) != ctx.organization_id:
        return False
    for param, field in plan.matches.items():
        text = str(criteria.get(param) or "").lower()
        if text and text not in str(item.get(field, "")).lower():
            return False
    return True


def _sort_key(value: Any) -> tuple[int, Any]:
    """Numbers before everything else (compared as text), so mixed values never fail to sort."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (0, value)
    return (1, "" if value is None else str(value))


def _int(criteria: Mapping[str, Any], name: str, default: int) -> int:
    value = criteria.get(name)
    if value in (None, ""):
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        raise MockError(400, f"{name} must be an integer") from None


def _page(plan: Plan, keys: list[str], criteria: Mapping[str, Any]) -> tuple[slice, dict[str, Any]]:
    """The slice of the (filtered, ordered) items to send, and the paging fields of the reply."""
    limit = _int(criteria, "limit", plan.default_limit)
    total = len(keys)
    if plan.page == "none":
        return slice(None), {}
    if plan.page in ("skip_limit", "offset_limit"):
        start = _int(criteria, "skip" if plan.page == "skip_limit" else "offset", 0)
        return slice(start, start + limit), {}
    if plan.page == "page_limit":
        number = _int(criteria, "page", 1)
        pages = max(1, -(-total // limit))
        pagination = {
            "page": number,
            "limit": limit,
            "total": total,
            "total_pages": pages,
            "has_next": number < pages,
            "has_prev": number > 1,
        }
        return slice((number - 1) * limit, number * limit), {"pagination": pagination}
    if plan.page == "cursor":
        start = _decode_cursor(criteria.get("cursor"))
        end = start + limit
        cursors = {
            "next": _encode_cursor(end) if end < total else None,
            "previous": _encode_cursor(max(0, start - limit)) if start else None,
        }
        return slice(start, end), cursors
    return _starting_after(keys, limit, criteria.get("starting_after"), criteria.get("ending_before"))


def _starting_after(
    keys: list[str], limit: int, after: str | None, before: str | None
) -> tuple[slice, dict[str, Any]]:
    if after is not None and before is not None:
        raise MockError(400, "pass starting_after or ending_before, not both")
    for cursor in (after, before):
        if cursor is not None and cursor not in keys:
            raise MockError(400, f"unknown cursor {cursor}")
    if before is not None:
        end = keys.index(before)
        return slice(max(0, end - limit), end), {"has_more": end - limit > 0}
    start = keys.index(after) + 1 if after is not None else 0
    return slice(start, start + limit), {"has_more": start + limit < len(keys)}


def _encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(str(offset).encode()).decode()


def _decode_cursor(cursor: str | None) -> int:
    """An opaque cursor is a base64 offset; anything else is the client's error, never a crash."""
    if not cursor:
        return 0
    try:
        return max(0, int(base64.urlsafe_b64decode(cursor.encode()).decode()))
    except ValueError:
        raise MockError(400, "invalid cursor") from None
