"""Mock handlers for the rest of the platform service: inviting, deactivating and deleting users, the
caller's organizations, team membership by the caller (join, leave, join requests, roles) and the image
uploads (account avatar, team icon).

Organizations are per person: one person (an email) has one ``platform_users`` row per organization they
belong to, each with its own id and ``organization_id``. The caller's organizations are those with a row
carrying the caller's email; only those are listed, shown, changed or deleted (404 otherwise). Creating an
organization adds such a row (role ``admin``) for the caller.

A join request is a ``team_users`` row with ``status: "pending"``: it is listed with the team's members
and is not a membership (``get_my_teams`` leaves it out) until it is approved or accepted.
"""

from __future__ import annotations

from typing import Any

from .._app import Ctx, MockError, Reply, json_reply
from .._store import Store
from . import handler, seed
from .platform import USERS, _org_team, _org_user, caller, members

IMAGE_HOST = "https://files.mock.imbrace.local"  # uploaded images are "served" here (never fetched)


@seed
def _seed_team_labels(store: Store) -> None:
    from .._constants import DEMO_ORGANIZATION_ID, DEMO_TEAM_ID

    now = store.tick()
    labels = store.table("team_labels")
    for label_id, name, color in (("label_vip", "VIP", "#d4a017"), ("label_urgent", "Urgent", "#c0392b")):
        labels[label_id] = {
            "_id": label_id,
            "name": name,
            "color": color,
            "team_id": DEMO_TEAM_ID,
            "organization_id": DEMO_ORGANIZATION_ID,
            "created_at": now,
            "updated_at": now,
        }


# -- users ----------------------------------------------------------------------------------------------------
@handler("bulk_invite_users")
def bulk_invite_users(ctx: Ctx) -> Reply:
    """Each ``users`` entry becomes a user of the organization with status ``invited``; an email that is
    already a user of the organization is a 409 (and nobody is invited)."""
    entries = ctx.body.get("users")
    if not isinstance(entries, list) or not entries:
        raise MockError(400, "users: a non-empty list of {email, role} is required")
    with ctx.store.lock:
        users = ctx.store.table(USERS)
        taken = {u["email"].lower() for u in users.values() if u["organization_id"] == ctx.organization_id}
        for entry in entries:
            email = str(entry.get("email") or "")
            if "@" not in email:
                raise MockError(400, f"users: {email!r} is not an email address")
            if email.lower() in taken:
                raise MockError(409, f"{email} is already a user of the organization")
            taken.add(email.lower())
        now = ctx.store.tick()
        invited = []
        for entry in entries:
            user_id = ctx.store.new_id("user_")
            name = entry.get("display_name") or entry["email"].split("@")[0]
            users[user_id] = {
                "id": user_id,
                "_id": user_id,
                "email": entry["email"],
                "display_name": name,
                "role": entry.get("role") or "agent",
                "status": "invited",
                "is_active": False,
                "organization_id": ctx.organization_id,
                "created_at": now,
                "updated_at": now,
            }
            invited.append(dict(users[user_id]))
        ctx.effect()
        return json_reply({"data": invited})


def _set_status(ctx: Ctx, status: str) -> Reply:
    with ctx.store.lock:
        user = _org_user(ctx, ctx.body["user_id"])
        user.update(status=status, is_active=status == "active", updated_at=ctx.store.tick())
        ctx.effect()
        return json_reply(dict(user))


@handler("deactivate_user")
def deactivate_user(ctx: Ctx) -> Reply:
    return _set_status(ctx, "inactive")


@handler("reactivate_user")
def reactivate_user(ctx: Ctx) -> Reply:
    return _set_status(ctx, "active")


@handler("delete_user")
def delete_user(ctx: Ctx) -> Reply:
    """The user and their team memberships go; the signed-in user cannot delete themself (409)."""
    with ctx.store.lock:
        user = _org_user(ctx, ctx.path["user_id"])
        if user["id"] == caller(ctx)["id"]:
            raise MockError(409, "the signed-in user cannot delete themself")
        del ctx.store.table(USERS)[user["id"]]
        memberships = ctx.store.table("team_users")
        for row_id in [k for k, row in memberships.items() if row["user_id"] == user["id"]]:
            del memberships[row_id]
        ctx.effect()
        return json_reply({"success": True, "id": user["id"]})


# -- organizations ----------------------------------------------------------------------------------------------
def _my_org_ids(ctx: Ctx) -> list[str]:
    """The organizations the caller's email has a user row in, in the order the rows were made."""
    email = caller(ctx)["email"].lower()
    ids: list[str] = []
    for user in ctx.store.table(USERS).values():
        if user.get("email", "").lower() == email and user["organization_id"] not in ids:
            ids.append(user["organization_id"])
    return ids


def _my_orgs(ctx: Ctx) -> list[dict[str, Any]]:
    orgs = ctx.store.table("organizations")
    return [dict(orgs[org_id]) for org_id in _my_org_ids(ctx) if org_id in orgs]


def _my_org(ctx: Ctx) -> dict[str, Any]:
    org_id = ctx.path["org_id"]
    org: dict[str, Any] | None = ctx.store.table("organizations").get(org_id)
    if org is None or org_id not in _my_org_ids(ctx):
        raise MockError(404, f"organization {org_id} not found")
    return org


def _page(ctx: Ctx, items: list[dict[str, Any]], default_limit: int | None) -> Reply:
    skip = int(ctx.query.get("skip") or 0)
    limit = ctx.query.get("limit") or default_limit
    page = items[skip : skip + int(limit)] if limit else items[skip:]
    return json_reply({"data": page, "total": len(items)})


@handler("list_organizations")
def list_organizations(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        return _page(ctx, _my_orgs(ctx), 20)


@handler("list_organizations_for_login")
def list_organizations_for_login(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        return _page(ctx, _my_orgs(ctx), 10)


@handler("list_all_organizations")
def list_all_organizations(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        return _page(ctx, _my_orgs(ctx), None)


@handler("get_organization")
def get_organization(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        return json_reply(dict(_my_org(ctx)))


def _create_org(ctx: Ctx, extra: dict[str, Any]) -> Reply:
    name = ctx.body.get("name")
    if not isinstance(name, str) or not name.strip():
        raise MockError(400, "name is required")
    with ctx.store.lock:
        me = caller(ctx)
        now = ctx.store.tick()
        org_id = ctx.store.new_id("org_")
        org = {
            **{k: v for k, v in ctx.body.items() if k not in ("id", "_id", "owner_id")},
            **extra,
            "id": org_id,
            "_id": org_id,
            "owner_id": me["id"],
            "is_active": True,
            "created_at": now,
            "updated_at": now,
        }
        ctx.store.table("organizations")[org_id] = org
        user_id = ctx.store.new_id("user_")
        ctx.store.table(USERS)[user_id] = {
            **{k: me[k] for k in ("email", "display_name", "first_name", "last_name") if k in me},
            "id": user_id,
            "_id": user_id,
            "role": "admin",
            "status": "active",
            "is_active": True,
            "organization_id": org_id,
            "created_at": now,
            "updated_at": now,
        }
        ctx.effect()
        return json_reply(dict(org))


@handler("create_organization")
def create_organization(ctx: Ctx) -> Reply:
    return _create_org(ctx, {})


@handler("create_aws_organization")
def create_aws_organization(ctx: Ctx) -> Reply:
    return _create_org(ctx, {"aws_marketplace": True})


@handler("update_organization")
def update_organization(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        org = _my_org(ctx)
        org.update({k: v for k, v in ctx.body.items() if k not in ("id", "_id", "owner_id", "created_at")})
        org["updated_at"] = ctx.store.tick()
        ctx.effect()
        return json_reply(dict(org))


@handler("delete_organization")
def delete_organization(ctx: Ctx) -> Reply:
    """The organization and its user rows go; the signed-in account's own organization cannot (409)."""
    with ctx.store.lock:
        org = _my_org(ctx)
        if org["id"] == caller(ctx)["organization_id"]:
            raise MockError(409, "the signed-in account's own organization cannot be deleted")
        del ctx.store.table("organizations")[org["id"]]
        users = ctx.store.table(USERS)
        for user_id in [k for k, u in users.items() if u["organization_id"] == org["id"]]:
            del users[user_id]
        ctx.effect()
        return json_reply({"success": True, "id": org["id"]})


# -- team membership by the caller ---------------------------------------------------------------------------------
def _membership(ctx: Ctx, team_id: str, user_id: str) -> tuple[str, dict[str, Any]] | None:
    for row_id, row in ctx.store.table("team_users").items():
        if row["team_id"] == team_id and row["user_id"] == user_id:
            return row_id, row
    return None


def _add_row(ctx: Ctx, team_id: str, user: dict[str, Any], role: str, status: str) -> dict[str, Any]:
    row_id = ctx.store.new_id("tu_")
    row = {
        "_id": row_id,
        "team_id": team_id,
        "user_id": user["id"],
        "role": role,
        "status": status,
        "display_name": user.get("display_name", ""),
        "email": user.get("email", ""),
        "organization_id": ctx.organization_id,
        "created_at": ctx.store.tick(),
    }
    ctx.store.table("team_users")[row_id] = row
    return row


def _team_id(ctx: Ctx) -> str:
    team_id = ctx.body.get("team_id")
    if not isinstance(team_id, str) or not team_id:
        raise MockError(400, "team_id is required")
    return team_id


@handler("join_team")
def join_team(ctx: Ctx) -> Reply:
    """The caller becomes a member (a pending request of theirs becomes a membership)."""
    with ctx.store.lock:
        team_id = _team_id(ctx)
        _org_team(ctx, team_id)
        me = caller(ctx)
        found = _membership(ctx, team_id, me["id"])
        if found is not None:
            found[1]["status"] = "active"
            row = found[1]
        else:
            row = _add_row(ctx, team_id, me, ctx.body.get("role") or "member", "active")
        ctx.effect()
        return json_reply(dict(row))


@handler("leave_team")
def leave_team(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        team_id = _team_id(ctx)
        _org_team(ctx, team_id)
        found = _membership(ctx, team_id, caller(ctx)["id"])
        if found is None:
            raise MockError(404, f"the signed-in user is not a member of team {team_id}")
        del ctx.store.table("team_users")[found[0]]
        ctx.effect()
        return json_reply({"data": members(ctx, team_id)})


@handler("request_team_join")
def request_team_join(ctx: Ctx) -> Reply:
    """A pending membership of the caller; 409 when they are already a member or have asked already."""
    with ctx.store.lock:
        team_id = ctx.path["team_id"]
        _org_team(ctx, team_id)
        me = caller(ctx)
        found = _membership(ctx, team_id, me["id"])
        if found is not None:
            state = "has already asked to join" if found[1].get("status") == "pending" else "is already in"
            raise MockError(409, f"the signed-in user {state} team {team_id}")
        row = _add_row(ctx, team_id, me, "member", "pending")
        if ctx.body.get("message"):
            row["message"] = ctx.body["message"]
        ctx.effect()
        return json_reply(dict(row))


def _team_user(ctx: Ctx) -> dict[str, Any]:
    team_id, row_id = ctx.path["team_id"], ctx.path["team_user_id"]
    _org_team(ctx, team_id)
    row: dict[str, Any] | None = ctx.store.table("team_users").get(row_id)
    if row is None or row["team_id"] != team_id:
        raise MockError(404, f"team user {row_id} not found in team {team_id}")
    return row


def _approve(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        row = _team_user(ctx)
        if row.get("status") != "pending":
            raise MockError(409, f"team user {row['_id']} has no pending join request")
        row["status"] = "active"
        ctx.effect()
        return json_reply(dict(row))


@handler("approve_team_join_request")
def approve_team_join_request(ctx: Ctx) -> Reply:
    return _approve(ctx)


@handler("accept_team_join_request")
def accept_team_join_request(ctx: Ctx) -> Reply:
    return _approve(ctx)


@handler("update_team_user_role")
def update_team_user_role(ctx: Ctx) -> Reply:
    role = ctx.body.get("role")
    if not isinstance(role, str) or not role:
        raise MockError(400, "role is required")
    with ctx.store.lock:
        row = _team_user(ctx)
        row["role"] = role
        ctx.effect()
        return json_reply(dict(row))


# -- images ---------------------------------------------------------------------------------------------------------
def _image(ctx: Ctx, folder: str) -> tuple[dict[str, Any], dict[str, str]]:
    upload, fields = ctx.form()
    if not upload.data:
        raise MockError(400, "the file is empty")
    name = upload.filename or "image"
    url = f"{IMAGE_HOST}/{folder}/{ctx.store.new_id('img_')}/{name}"
    return {"url": url, "name": name, "size": len(upload.data)}, fields


@handler("upload_account_avatar")
def upload_account_avatar(ctx: Ctx) -> Reply:
    """The signed-in account's ``avatar_url`` becomes the image's url."""
    with ctx.store.lock:
        image, _ = _image(ctx, "avatars")
        me = ctx.store.table(USERS)[caller(ctx)["id"]]
        me.update(avatar_url=image["url"], updated_at=ctx.store.tick())
        ctx.effect()
        return json_reply(image)


@handler("upload_team_icon")
def upload_team_icon(ctx: Ctx) -> Reply:
    """With a ``team_id`` field, that team's ``icon_url`` becomes the image's url."""
    with ctx.store.lock:
        image, fields = _image(ctx, "team-icons")
        team_id = fields.get("team_id")
        if team_id:
            team = _org_team(ctx, team_id)
            team.update(icon_url=image["url"], updated_at=ctx.store.tick())
        ctx.effect()
        return json_reply(image)
