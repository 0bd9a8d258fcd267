"""Mock handlers for roles and permissions (``client.roles``, ``platform.change_role`` and
``platform.get_effective_permissions``).

The ``roles`` table holds the four system roles (seeded; no organization, ``is_system``), which every
organization sees and none may change, and each organization's own roles (created through the CRUD engine,
so their writes are audited and revertable). A user's role is the ``role`` field of their row in
``platform_users`` (handlers/platform.py): a role's key. Every permission comes from one catalogue
(:data:`CATALOGUE`); a role holds permission keys, ``<group>.*`` or ``*``.
"""

from __future__ import annotations

import copy
from typing import Any

from .._app import Ctx, MockError, Reply, json_reply
from .._audit import now, record
from .._crud import serve
from .._store import Store
from . import handler, seed
from .platform import USERS

ROLES = "roles"
WILDCARD = "*"
# group -> (label, permissions, also a team-scope permission group)
CATALOGUE: dict[str, tuple[str, tuple[str, ...], bool]] = {
    "users": ("Users", ("users.read", "users.write", "users.invite"), False),
    "roles": ("Roles", ("roles.read", "roles.write", "roles.assign"), False),
    "teams": ("Teams", ("teams.read", "teams.write", "teams.manage_members"), True),
    "boards": ("Boards", ("boards.read", "boards.write", "boards.delete"), True),
    "conversations": (
        "Conversations",
        ("conversations.read", "conversations.reply", "conversations.assign"),
        True,
    ),
    "contacts": ("Contacts", ("contacts.read", "contacts.write"), True),
    "ai": ("AI agents", ("ai.use", "ai.manage"), False),
    "workflows": ("Workflows", ("workflows.read", "workflows.write"), False),
    "audit_logs": ("Audit trail", ("audit_logs.read", "audit_logs.revert"), False),
    "settings": ("Settings", ("settings.read", "settings.write"), False),
    "license": ("License", ("license.read", "license.manage"), False),
}
ALL_PERMISSIONS = tuple(p for _, perms, _ in CATALOGUE.values() for p in perms)
SYSTEM_ROLES: tuple[tuple[str, str, int, tuple[str, ...]], ...] = (  # (key, name, priority, permissions)
    ("admin", "Administrator", 100, (WILDCARD,)),
    (
        "supervisor",
        "Supervisor",
        50,
        (
            "users.read",
            "roles.read",
            "teams.*",
            "boards.read",
            "boards.write",
            "conversations.*",
            "contacts.*",
            "ai.use",
            "workflows.read",
            "audit_logs.read",
        ),
    ),
    (
        "agent",
        "Agent",
        20,
        ("teams.read", "boards.read", "conversations.read", "conversations.reply", "contacts.*", "ai.use"),
    ),
    ("member", "Member", 10, ("users.read", "teams.read", "boards.read", "conversations.read")),
)
SYSTEM_KEYS = frozenset(key for key, _, _, _ in SYSTEM_ROLES)


@seed
def _seed(store: Store) -> None:
    seeded = now(store)  # the clock is not advanced: other seeded timestamps stay as they were
    for key, name, priority, permissions in SYSTEM_ROLES:
        role_id = f"role_{key}"
        store.table(ROLES)[role_id] = {
            "_id": role_id,
            "id": role_id,
            "key": key,
            "name": name,
            "description": f"The built-in {name.lower()} role.",
            "permissions": list(permissions),
            "priority": priority,
            "scope": "org",
            "is_active": True,
            "is_system": True,
            "created_at": seeded,
            "updated_at": seeded,
        }


# -- helpers ------------------------------------------------------------------------------------------------
def _visible_roles(ctx: Ctx) -> list[dict[str, Any]]:
    """The system roles, then the organization's own."""
    rows = ctx.store.table(ROLES).values()
    return [r for r in rows if r.get("is_system")] + [
        r for r in rows if not r.get("is_system") and r.get("organization_id") == ctx.organization_id
    ]


def _role(ctx: Ctx, role_id: str) -> dict[str, Any]:
    role = next((r for r in _visible_roles(ctx) if r["_id"] == role_id), None)
    if role is None:
        raise MockError(404, f"role {role_id} not found")
    return role


def _role_by_key(ctx: Ctx, key: str) -> dict[str, Any] | None:
    return next((r for r in _visible_roles(ctx) if r["key"] == key), None)


def _not_system(role: dict[str, Any], doing: str) -> None:
    if role.get("is_system"):
        raise MockError(409, f"{role['key']} is a system role: it cannot be {doing}")


def _check_permissions(ctx: Ctx) -> None:
    """Each permission must be in the catalogue, a group's ``<group>.*`` or ``*``."""
    unknown = [
        p
        for p in (ctx.body or {}).get("permissions", [])
        if p != WILDCARD and p not in ALL_PERMISSIONS and p.removesuffix(".*") not in CATALOGUE
    ]
    if unknown:
        raise MockError(400, f"unknown permissions: {', '.join(unknown)} (see roles.list_permissions)")


def expand(permissions: list[str]) -> list[str]:
    """The catalogue permissions granted by ``permissions`` (wildcards expanded), in catalogue order."""
    held = set(permissions)
    if WILDCARD in held:
        return list(ALL_PERMISSIONS)
    return [p for p in ALL_PERMISSIONS if p in held or f"{p.split('.')[0]}.*" in held]


def _org_user(ctx: Ctx, user_id: str) -> dict[str, Any]:
    user: dict[str, Any] | None = ctx.store.table(USERS).get(user_id)
    if user is None or user["organization_id"] != ctx.organization_id:
        raise MockError(404, f"user {user_id} not found")
    return user


def _assignable(ctx: Ctx, key: str) -> dict[str, Any]:
    role = _role_by_key(ctx, key)
    if role is None:
        raise MockError(
            400, f"unknown role {key!r}: give the key of a system role or of one of the organization's"
        )
    if not role.get("is_active", True):
        raise MockError(400, f"role {key!r} is not active")
    return role


def _assign(ctx: Ctx, user: dict[str, Any], key: str) -> None:
    """Give ``user`` the role, with a revertable audit entry."""
    before = copy.deepcopy(user)
    user["role"] = key
    user["updated_at"] = ctx.store.tick()
    record(
        ctx,
        action="update",
        resource=USERS,
        resource_id=user["id"],
        before=before,
        after=user,
        collection=USERS,
    )


# -- roles --------------------------------------------------------------------------------------------------
@handler("list_roles")
def list_roles(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        roles = _visible_roles(ctx)
        scope, team_id = ctx.query.get("scope"), ctx.query.get("team_id")
        if scope:
            roles = [r for r in roles if r.get("scope", "org") == scope]
        if team_id:
            roles = [r for r in roles if r.get("team_id") == team_id]
        skip, limit = int(ctx.query.get("skip", 0)), int(ctx.query.get("limit", 20))
        page = [copy.deepcopy(r) for r in roles[skip : skip + limit]]
        return json_reply({"data": page, "count": len(roles), "has_more": skip + limit < len(roles)})


@handler("get_role")
def get_role(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        return json_reply(copy.deepcopy(_role(ctx, ctx.path["role_id"])))


@handler("create_role")
def create_role(ctx: Ctx) -> Reply:
    """The key must be new to the organization and not a system role's; a team role names a team of it."""
    with ctx.store.lock:
        key = ctx.body["key"]
        if key in SYSTEM_KEYS:
            raise MockError(409, f"role key {key!r} is taken by a system role")
        if _role_by_key(ctx, key) is not None:
            raise MockError(409, f"the organization already has a role {key!r}")
        _check_permissions(ctx)
        scope, team_id = ctx.body.get("scope", "org"), ctx.body.get("team_id")
        if scope == "team":
            if not team_id:
                raise MockError(400, "a team role needs team_id")
            team = ctx.store.table("teams").get(team_id)
            if team is None or team["organization_id"] != ctx.organization_id:
                raise MockError(404, f"team {team_id} not found")
        private = ("_id", "id", "is_system", "organization_id", "created_at", "updated_at")
        ctx.body = {k: v for k, v in ctx.body.items() if k not in private}
        return serve(ctx)


@handler("update_role")
def update_role(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        _not_system(_role(ctx, ctx.path["role_id"]), "changed")
        _check_permissions(ctx)
        return serve(ctx)


@handler("delete_role")
def delete_role(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        role = _role(ctx, ctx.path["role_id"])
        _not_system(role, "deleted")
        holders = [
            u["id"]
            for u in ctx.store.table(USERS).values()
            if u["organization_id"] == ctx.organization_id and u.get("role") == role["key"]
        ]
        if holders:
            raise MockError(
                409, f"role {role['key']!r} is held by {len(holders)} user(s): assign them another role first"
            )
        return serve(ctx)


@handler("list_role_permissions")
def list_role_permissions(ctx: Ctx) -> Reply:
    team_only = ctx.query.get("scope") == "team"
    groups = [
        {"key": group, "label": label, "permissions": list(perms)}
        for group, (label, perms, for_teams) in CATALOGUE.items()
        if for_teams or not team_only
    ]
    reply: dict[str, Any] = {"groups": groups, "all": [p for g in groups for p in g["permissions"]]}
    if not team_only:
        reply["wildcard"] = WILDCARD
    return json_reply(reply)


@handler("get_effective_permissions")
def get_effective_permissions(ctx: Ctx) -> Reply:
    """A user's role resolved by key; an unknown or inactive role grants nothing."""
    with ctx.store.lock:
        user = _org_user(ctx, ctx.query["user_id"])
        key = str(user.get("role", ""))
        role = _role_by_key(ctx, key)
        held = list(role["permissions"]) if role is not None and role.get("is_active", True) else []
        reply: dict[str, Any] = {
            "user_id": user["id"],
            "role": key,
            "permissions": expand(held),
            "wildcard": WILDCARD in held,
        }
        if role is not None:
            reply["role_id"] = role["_id"]
        return json_reply(reply)


# -- assignment ---------------------------------------------------------------------------------------------
@handler("change_role")
def change_role(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        user = _org_user(ctx, ctx.body["user_id"])
        _assignable(ctx, ctx.body["role"])
        _assign(ctx, user, ctx.body["role"])
        ctx.effect()
        return json_reply(copy.deepcopy(user))


@handler("bulk_change_role")
def bulk_change_role(ctx: Ctx) -> Reply:
    """All or none: every user must be of the organization before any changes (one entry per user)."""
    with ctx.store.lock:
        users = [_org_user(ctx, user_id) for user_id in dict.fromkeys(ctx.body["user_ids"])]
        _assignable(ctx, ctx.body["role"])
        for user in users:
            _assign(ctx, user, ctx.body["role"])
        ctx.effect()
        return json_reply({"data": [copy.deepcopy(u) for u in users], "count": len(users)})
