"""Mock handlers for the platform service: the signed-in user and account, team membership, the health
route, and the seeded demo organization (its users, business unit and team).

Users, business units, teams and memberships are plain CRUD (``x-imbrace-crud`` in openapi/gateway.yaml);
what is here is what CRUD cannot say: who the caller is, a team's members (the ``team_users`` table, one
row per user and team), and what follows from them (my teams, the invitable list, counts per role).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .._app import Ctx, MockError, Reply, json_reply
from .._constants import DEMO_BUSINESS_UNIT_ID, DEMO_ORGANIZATION_ID, DEMO_TEAM_ID, DEMO_USER_ID
from .._crud import serve
from .._store import Store
from . import handler, seed

USERS = "platform_users"  # not "users": that table is the ai-agent chat client's user
_SEEDED_USERS = (  # (id, display name, email, role)
    (DEMO_USER_ID, "Demo User", "demo@example.com", "admin"),
    ("user_alex", "Alex Agent", "alex@example.com", "agent"),
    ("user_sam", "Sam Supervisor", "sam@example.com", "supervisor"),
)


@seed
def _seed(store: Store) -> None:
    now = store.tick()
    store.table("organizations")[DEMO_ORGANIZATION_ID] = {
        "id": DEMO_ORGANIZATION_ID,
        "_id": DEMO_ORGANIZATION_ID,
        "name": "Demo Organization",
        "is_active": True,
        "owner_id": DEMO_USER_ID,
        "created_at": now,
        "updated_at": now,
    }
    users = store.table(USERS)
    for user_id, name, email, role in _SEEDED_USERS:
        first, last = name.split(" ")
        users[user_id] = {
            "id": user_id,
            "_id": user_id,
            "email": email,
            "display_name": name,
            "first_name": first,
            "last_name": last,
            "role": role,
            "status": "active",
            "is_active": True,
            "organization_id": DEMO_ORGANIZATION_ID,
            "created_at": now,
            "updated_at": now,
        }
    store.table("business_units")[DEMO_BUSINESS_UNIT_ID] = {
        "_id": DEMO_BUSINESS_UNIT_ID,
        "name": "Main",
        "organization_id": DEMO_ORGANIZATION_ID,
        "created_at": now,
        "updated_at": now,
    }
    store.table("teams")[DEMO_TEAM_ID] = {
        "_id": DEMO_TEAM_ID,
        "name": "Support",
        "business_unit_id": DEMO_BUSINESS_UNIT_ID,
        "description": "The demo organization's support team",
        "is_disabled": False,
        "organization_id": DEMO_ORGANIZATION_ID,
        "created_at": now,
        "updated_at": now,
    }
    for user_id, role in ((DEMO_USER_ID, "admin"), ("user_alex", "member")):
        _join(store, users[user_id], DEMO_TEAM_ID, role, now)


def _join(store: Store, user: dict[str, Any], team_id: str, role: str, now: str) -> None:
    """Make ``user`` a member of the team with ``role`` (a member already in it gets the new role)."""
    memberships = store.table("team_users")
    for row in memberships.values():
        if row["team_id"] == team_id and row["user_id"] == user["id"]:
            row["role"] = role
            return
    row_id = store.new_id("tu_")
    memberships[row_id] = {
        "_id": row_id,
        "team_id": team_id,
        "user_id": user["id"],
        "role": role,
        "display_name": user.get("display_name", ""),
        "email": user.get("email", ""),
        "organization_id": user["organization_id"],
        "created_at": now,
    }


# -- helpers ------------------------------------------------------------------------------------------------
def caller(ctx: Ctx) -> dict[str, Any]:
    """The signed-in user (a credential the mock did not issue acts as the seeded demo user)."""
    users = ctx.store.table(USERS)
    return dict(users.get(ctx.user_id) or users[DEMO_USER_ID])


def _org_user(ctx: Ctx, user_id: str) -> dict[str, Any]:
    user: dict[str, Any] | None = ctx.store.table(USERS).get(user_id)
    if user is None or user["organization_id"] != ctx.organization_id:
        raise MockError(404, f"user {user_id} not found")
    return user


def _org_team(ctx: Ctx, team_id: str) -> dict[str, Any]:
    team: dict[str, Any] | None = ctx.store.table("teams").get(team_id)
    if team is None or team["organization_id"] != ctx.organization_id:
        raise MockError(404, f"team {team_id} not found")
    return team


def members(ctx: Ctx, team_id: str) -> list[dict[str, Any]]:
    return [dict(row) for row in ctx.store.table("team_users").values() if row["team_id"] == team_id]


def _org_users(ctx: Ctx) -> list[dict[str, Any]]:
    return [u for u in ctx.store.table(USERS).values() if u["organization_id"] == ctx.organization_id]


# -- the caller and the account -----------------------------------------------------------------------------
@handler("health_check")
def health_check(ctx: Ctx) -> Reply:
    return json_reply({"status": "ok"})


@handler("get_me")
def get_me(ctx: Ctx) -> Reply:
    return json_reply(caller(ctx))


@handler("get_account")
def get_account(ctx: Ctx) -> Reply:
    """The caller, in the organization the request names (the SDK reads it when the client has none)."""
    return json_reply({**caller(ctx), "organization_id": ctx.organization_id})


@handler("update_account")
def update_account(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        user = ctx.store.table(USERS)[caller(ctx)["id"]]
        user.update({k: v for k, v in ctx.body.items() if k not in ("id", "_id", "organization_id")})
        user["updated_at"] = ctx.store.tick()
        ctx.effect()
    return get_account(ctx)


@handler("count_users_by_role")
def count_users_by_role(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        return json_reply(dict(Counter(u.get("role", "") for u in _org_users(ctx))))


# -- teams and their members --------------------------------------------------------------------------------
@handler("create_team")
def create_team(ctx: Ctx) -> Reply:
    """A team goes to the named business unit, which must exist, else to the organization's first."""
    with ctx.store.lock:
        units = [
            unit_id
            for unit_id, unit in ctx.store.table("business_units").items()
            if unit["organization_id"] == ctx.organization_id
        ]
        wanted = ctx.body.get("business_unit_id")
        if wanted is not None and wanted not in units:
            raise MockError(404, f"business unit {wanted} not found")
        if wanted is None and units:
            ctx.body = {**ctx.body, "business_unit_id": units[0]}
        return serve(ctx)


@handler("get_team")
def get_team(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        reply = serve(ctx)
        reply.body = {**reply.body, "users": members(ctx, ctx.path["team_id"])}
        return reply


@handler("delete_team")
def delete_team(ctx: Ctx) -> Reply:
    """The team's memberships go with it."""
    with ctx.store.lock:
        reply = serve(ctx)
        memberships = ctx.store.table("team_users")
        for row_id in [k for k, row in memberships.items() if row["team_id"] == ctx.path["team_id"]]:
            del memberships[row_id]
        return reply


@handler("get_my_teams")
def get_my_teams(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        me = caller(ctx)["id"]
        mine = {  # a pending join request is not a membership
            row["team_id"]
            for row in ctx.store.table("team_users").values()
            if row["user_id"] == me and row.get("status", "active") != "pending"
        }
        teams = [
            dict(team)
            for team_id, team in ctx.store.table("teams").items()
            if team_id in mine and team["organization_id"] == ctx.organization_id
        ]
        return json_reply({"data": teams})


@handler("add_team_users")
def add_team_users(ctx: Ctx) -> Reply:
    """Every user must be of the organization; one already in the team gets the new role."""
    with ctx.store.lock:
        team_id = ctx.body["team_id"]
        _org_team(ctx, team_id)
        users = [
            (_org_user(ctx, entry["user_id"]), entry.get("role", "member")) for entry in ctx.body["users"]
        ]
        now = ctx.store.tick()
        for user, role in users:
            _join(ctx.store, user, team_id, role, now)
        ctx.effect()
        return json_reply({"data": members(ctx, team_id)})


@handler("remove_team_users")
def remove_team_users(ctx: Ctx) -> Reply:
    """Users not in the team are ignored."""
    with ctx.store.lock:
        team_id = ctx.body["team_id"]
        _org_team(ctx, team_id)
        leaving = set(ctx.body["user_ids"])
        memberships = ctx.store.table("team_users")
        for row_id in [
            k for k, r in memberships.items() if r["team_id"] == team_id and r["user_id"] in leaving
        ]:
            del memberships[row_id]
        ctx.effect()
        return json_reply({"data": members(ctx, team_id)})


@handler("list_invitable_users")
def list_invitable_users(ctx: Ctx) -> Reply:
    """The organization's users who are not yet members of the team."""
    with ctx.store.lock:
        team_id = ctx.query["team_id"]
        _org_team(ctx, team_id)
        inside = {row["user_id"] for row in members(ctx, team_id)}
        return json_reply({"data": [dict(u) for u in _org_users(ctx) if u["id"] not in inside]})
