"""``client.roles``, ``client.audit_logs`` and ``client.license`` (plus ``platform.change_role`` and
``platform.get_effective_permissions``) end to end against the mock: system and custom roles, the permission
catalogue, role assignment changing effective permissions, the audit trail every write leaves (filters,
summary, pages, revert) per organization, and the license."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from imbrace import (
    AsyncImbraceClient,
    BadRequestError,
    ConflictError,
    ImbraceClient,
    InvalidRequestError,
    NotFoundError,
)
from imbrace.testing import DEMO_BUSINESS_UNIT_ID, DEMO_TEAM_ID, DEMO_USER_ID, MockServer

SYSTEM_ROLES = ["admin", "supervisor", "agent", "member"]


@pytest.fixture
def other_org(imbrace_mock: MockServer) -> Iterator[ImbraceClient]:
    """A client of the same mock acting for another organization (``x-organization-id: org_other``)."""
    with ImbraceClient(
        base_url=imbrace_mock.url, access_token="acc_other", organization_id="org_other", max_retries=0
    ) as c:
        yield c


# -- roles ----------------------------------------------------------------------------------------------------
@pytest.mark.reads_seeded_data
def test_system_roles_and_the_permission_catalogue(client: ImbraceClient) -> None:
    roles = client.roles.list()
    assert [r.key for r in roles.data] == SYSTEM_ROLES and roles.count == 4 and roles.has_more is False
    assert all(r.is_system for r in roles.data)
    page = client.roles.list(skip=1, limit=2)
    assert [r.key for r in page.data] == ["supervisor", "agent"] and (page.count, page.has_more) == (4, True)
    assert client.roles.get("role_admin").permissions == ["*"]
    assert client.roles.list(scope="team").data == []

    catalogue = client.roles.list_permissions()
    assert catalogue.wildcard == "*"
    assert catalogue["all"] == [p for g in catalogue.groups for p in g.permissions]
    assert {"users.read", "roles.write", "audit_logs.revert"} <= set(catalogue["all"])
    team = client.roles.list_permissions(scope="team")
    assert set(team["all"]) < set(catalogue["all"]) and "roles.write" not in team["all"]
    assert "wildcard" not in team.to_dict()
    with pytest.raises(InvalidRequestError, match="scope: must be one of 'org', 'team'"):  # before sending
        client.roles.list_permissions(scope="galaxy")  # type: ignore[arg-type]


def test_roles_crud_and_conflicts(client: ImbraceClient) -> None:
    role = client.roles.create(
        {"key": "auditor", "name": "Auditor", "permissions": ["audit_logs.*", "users.read"], "priority": 5}
    )
    assert (role.key, role.is_system, role.scope, role.organization_id) == (
        "auditor",
        False,
        "org",
        "org_demo",
    )
    assert [r.key for r in client.roles.list().data] == [*SYSTEM_ROLES, "auditor"]
    updated = client.roles.update(role["_id"], {"name": "Auditors", "permissions": ["audit_logs.read"]})
    assert (updated.name, updated.key, updated.permissions) == ("Auditors", "auditor", ["audit_logs.read"])
    assert client.roles.get(role["_id"]).name == "Auditors"

    with pytest.raises(ConflictError, match="system role"):
        client.roles.create({"key": "admin", "name": "Mine"})
    with pytest.raises(ConflictError, match="already has a role"):
        client.roles.create({"key": "auditor", "name": "Again"})
    with pytest.raises(InvalidRequestError, match="key"):
        client.roles.create({"key": "Bad Key", "name": "x"})  # refused before sending: ^[a-z][a-z0-9_]{1,49}$
    with pytest.raises(BadRequestError, match="unknown permissions: boards.fly"):
        client.roles.create({"key": "pilot", "name": "Pilot", "permissions": ["boards.fly"]})
    with pytest.raises(ConflictError, match="system role"):
        client.roles.update("role_admin", {"name": "Boss"})
    with pytest.raises(ConflictError, match="system role"):
        client.roles.delete("role_member")
    with pytest.raises(BadRequestError, match="team_id"):
        client.roles.create({"key": "team_lead", "name": "Lead", "scope": "team"})

    client.roles.delete(role["_id"])
    with pytest.raises(NotFoundError):
        client.roles.get(role["_id"])
    assert [r.key for r in client.roles.list().data] == SYSTEM_ROLES


def test_assign_changes_effective_permissions(client: ImbraceClient) -> None:
    before = client.platform.get_effective_permissions("user_alex")
    assert (before.role, before.wildcard) == ("agent", False)
    assert "conversations.reply" in before.permissions and "audit_logs.read" not in before.permissions
    admin = client.roles.effective_permissions(DEMO_USER_ID)  # our alias of the same operation
    assert admin.wildcard is True and len(admin.permissions) == len(client.roles.list_permissions()["all"])

    role = client.roles.create({"key": "auditor", "name": "Auditor", "permissions": ["audit_logs.*"]})
    assert client.roles.assign("user_alex", "auditor").role == "auditor"
    after = client.platform.get_effective_permissions("user_alex")
    assert (after.role, after.role_id) == ("auditor", role["_id"])
    assert after.permissions == ["audit_logs.read", "audit_logs.revert"]
    assert client.platform.get_user("user_alex").role == "auditor"

    with pytest.raises(ConflictError, match="held by 1 user"):
        client.roles.delete(role["_id"])
    with pytest.raises(BadRequestError, match="unknown role"):
        client.roles.assign("user_alex", "wizard")
    with pytest.raises(NotFoundError):
        client.platform.change_role("user_nobody", "member")
    assert client.platform.change_role("user_alex", "member").role == "member"  # the same operation
    assert client.roles.effective_permissions("user_alex").role == "member"
    client.roles.delete(role["_id"])  # nobody holds it now


def test_assign_many_is_all_or_none(client: ImbraceClient) -> None:
    reply = client.roles.assign_many(["user_alex", "user_sam"], "member")
    assert reply.count == 2 and [u.role for u in reply.data] == ["member", "member"]
    assert client.platform.get_user_roles_count()["member"] == 2
    with pytest.raises(NotFoundError, match="user_nobody"):
        client.roles.assign_many(["user_alex", "user_nobody"], "supervisor")
    assert client.platform.get_user("user_alex").role == "member"  # nobody changed
    with pytest.raises(InvalidRequestError, match="user_ids"):
        client.roles.assign_many([], "member")


# -- the audit trail ------------------------------------------------------------------------------------------
def test_a_write_leaves_an_entry_found_by_filters_and_by_id(client: ImbraceClient) -> None:
    assert client.audit_logs.list().data == []  # the seeded state has no history
    unit = client.platform.create_business_unit({"name": "Retail"})
    client.platform.update_business_unit(unit["_id"], {"name": "Stores"})

    created = client.audit_logs.list(resource="business_units", action="create")
    assert created.pagination.total == 1
    (entry,) = created.data
    assert (entry.resource_id, entry.user_id, entry.operation, entry.revertable) == (
        unit["_id"],
        DEMO_USER_ID,
        "create_business_unit",
        True,
    )
    assert entry.after is not None and entry.after["name"] == "Retail" and entry.before is None
    changed = client.audit_logs.list(resource_id=unit["_id"], action="update").data[0]
    assert changed.before is not None and changed.after is not None
    assert (changed.before["name"], changed.after["name"]) == ("Retail", "Stores")
    assert client.audit_logs.get(entry["_id"]).to_dict() == entry.to_dict()

    everything = client.audit_logs.list()
    assert [e.action for e in everything.data] == ["update", "create"]  # newest first
    assert len(client.audit_logs.list(action="create,update").data) == 2
    assert len(client.audit_logs.list(user_id=DEMO_USER_ID).data) == 2
    assert client.audit_logs.list(user_id="user_alex").data == []
    assert len(client.audit_logs.list(q="business_unit").data) == 2
    assert client.audit_logs.list(from_="2030-01-01").data == []
    assert len(client.audit_logs.list(from_="2026-01-01", to="2026-01-01").data) == 2
    with pytest.raises(BadRequestError, match="from"):
        client.audit_logs.list(from_="yesterday")
    with pytest.raises(NotFoundError):
        client.audit_logs.get("audit_999999")


def test_reads_leave_no_entry_and_entries_are_not_effects(
    client: ImbraceClient, imbrace_mock: MockServer
) -> None:
    client.roles.list()
    client.platform.list_users()
    client.license.get()
    client.ai_agent.suggest_field_types(file_urls=["https://cdn.imbrace.co/a.pdf"])  # a POST that reads
    assert client.audit_logs.list().pagination.total == 0
    assert dict(imbrace_mock.store.effects) == {}
    client.roles.create({"key": "auditor", "name": "Auditor"})
    assert client.audit_logs.list().pagination.total == 1
    assert dict(imbrace_mock.store.effects) == {"create_role": 1}


def test_summary_counts_by_action_resource_and_user(client: ImbraceClient) -> None:
    role = client.roles.create({"key": "auditor", "name": "Auditor"})
    client.roles.update(role["_id"], {"name": "Auditors"})
    client.roles.assign("user_alex", "auditor")
    client.license.activate({"key": "IMB-PROF-ABCD-1234"})
    summary = client.audit_logs.summary()
    assert summary.total == 4
    assert summary.by_action.to_dict() == {"create": 2, "update": 2}
    assert summary.by_resource.to_dict() == {"roles": 2, "users": 1, "license": 1}
    assert summary.by_user.to_dict() == {DEMO_USER_ID: 4}
    assert client.audit_logs.summary(from_="2030-01-01").total == 0


def test_pages_by_number_and_by_cursor(client: ImbraceClient) -> None:
    for name in ("a", "b", "c", "d", "e"):
        client.platform.create_business_unit({"name": name})
    first = client.audit_logs.list(limit=2)
    assert (first.pagination.total, first.pagination.total_pages, first.pagination.has_more) == (5, 3, True)
    assert [e.after["name"] for e in first.data if e.after] == ["e", "d"]
    second = client.audit_logs.list(limit=2, cursor=first.pagination.next_cursor)
    assert [e.after["name"] for e in second.data if e.after] == ["c", "b"]
    assert [e["_id"] for e in client.audit_logs.list(limit=2, page=2).data] == [e["_id"] for e in second.data]
    last = client.audit_logs.list(limit=2, page=3)
    assert len(last.data) == 1 and last.pagination.has_more is False and last.pagination.next_cursor is None
    with pytest.raises(InvalidRequestError, match="limit: must be <= 100"):  # refused before sending
        client.audit_logs.list(limit=101)
    with pytest.raises(BadRequestError, match="cursor"):
        client.audit_logs.list(cursor="bm9wZQ==")


def test_revert_an_update_restores_the_old_value(client: ImbraceClient) -> None:
    role = client.roles.create({"key": "auditor", "name": "Auditor", "permissions": ["users.read"]})
    client.roles.update(role["_id"], {"name": "Renamed", "permissions": ["users.*"]})
    client.roles.update(role["_id"], {"priority": 7})  # a later change to another field stays
    (entry,) = client.audit_logs.list(resource="roles", action="update").data[1:]
    assert entry.after is not None and entry.after["name"] == "Renamed"

    result = client.audit_logs.revert(entry["_id"])
    assert result.restored_resource_id == role["_id"]
    assert (result.revert_entry.action, result.revert_entry.revert_of) == ("revert", entry["_id"])
    restored = client.roles.get(role["_id"])
    assert (restored.name, restored.permissions, restored.priority) == ("Auditor", ["users.read"], 7)
    assert client.audit_logs.get(entry["_id"]).reverted_by == result.revert_entry["_id"]
    with pytest.raises(ConflictError, match="already reverted"):
        client.audit_logs.revert(entry["_id"])

    client.audit_logs.revert(result.revert_entry["_id"])  # a revert is revertable too
    assert client.roles.get(role["_id"]).name == "Renamed"


def test_revert_a_delete_and_a_create(client: ImbraceClient) -> None:
    unit = client.platform.create_business_unit({"name": "Retail"})
    client.platform.delete_business_unit(unit["_id"])
    with pytest.raises(NotFoundError):
        client.platform.get_business_unit(unit["_id"])
    deleted = client.audit_logs.list(action="delete", resource_id=unit["_id"]).data[0]
    assert deleted.before is not None and deleted.before["name"] == "Retail" and deleted.after is None

    assert client.audit_logs.revert(deleted["_id"]).restored_resource_id == unit["_id"]
    assert client.platform.get_business_unit(unit["_id"]).name == "Retail"

    created = client.audit_logs.list(action="create", resource_id=unit["_id"]).data[0]
    undone = client.audit_logs.revert(created["_id"])
    assert undone.restored_resource_id is None and undone.revert_entry.after is None
    assert [u["_id"] for u in client.platform.list_business_units()] == [DEMO_BUSINESS_UNIT_ID]


def test_revert_a_role_assignment(client: ImbraceClient) -> None:
    client.roles.assign("user_alex", "supervisor")
    entry = client.audit_logs.list(resource="users", resource_id="user_alex").data[0]
    assert (entry.operation, entry.before["role"], entry.after["role"]) == (  # type: ignore[index]
        "change_role",
        "agent",
        "supervisor",
    )
    client.audit_logs.revert(entry["_id"])
    assert client.platform.get_effective_permissions("user_alex").role == "agent"


def test_non_revertable_entries_refuse_to_revert(client: ImbraceClient) -> None:
    client.license.activate({"key": "IMB-STRT-ABCD-0001"})  # a hand-written write: a generic entry
    (entry,) = client.audit_logs.list(resource="license").data
    assert (entry.action, entry.operation, entry.revertable) == ("create", "activate_license", False)
    with pytest.raises(ConflictError, match="not revertable"):
        client.audit_logs.revert(entry["_id"])

    unit = client.platform.create_business_unit({"name": "Retail"})
    client.platform.delete_business_unit(unit["_id"])
    created = client.audit_logs.list(action="create", resource_id=unit["_id"]).data[0]
    with pytest.raises(ConflictError, match="no longer exists"):
        client.audit_logs.revert(created["_id"])
    with pytest.raises(NotFoundError):
        client.audit_logs.revert("audit_999999")

    client.teams.add_users(DEMO_TEAM_ID, [{"user_id": "user_sam", "role": "member"}])
    (added,) = client.audit_logs.list(resource="teams").data  # a generic entry names the path's resource
    assert (added.action, added.operation, added.revertable) == ("create", "add_team_users", False)


def test_another_organization_sees_none_of_it(client: ImbraceClient, other_org: ImbraceClient) -> None:
    role = client.roles.create({"key": "auditor", "name": "Auditor"})
    (entry,) = client.audit_logs.list().data
    assert other_org.audit_logs.list().data == [] and other_org.audit_logs.summary().total == 0
    with pytest.raises(NotFoundError):
        other_org.audit_logs.get(entry["_id"])
    with pytest.raises(NotFoundError):
        other_org.audit_logs.revert(entry["_id"])
    with pytest.raises(NotFoundError):
        other_org.roles.get(role["_id"])
    assert [r.key for r in other_org.roles.list().data] == SYSTEM_ROLES  # system roles are everyone's

    mine = other_org.roles.create({"key": "auditor", "name": "Theirs"})  # the same key, another organization
    (theirs,) = other_org.audit_logs.list().data
    assert (theirs.resource_id, theirs.organization_id) == (mine["_id"], "org_other")
    assert [e["_id"] for e in client.audit_logs.list().data] == [entry["_id"]]


# -- the license ----------------------------------------------------------------------------------------------
def test_license_get_and_activate(client: ImbraceClient) -> None:
    seeded = client.license.get()
    assert (seeded.plan, seeded.status, seeded.valid, seeded.key) == (
        "enterprise",
        "active",
        True,
        "IMB-ENTR-****-0001",
    )
    assert client.license.get_license().to_dict() == seeded.to_dict()

    activated = client.license.activate({"key": "IMB-PROF-ABCD-1234"})
    assert (activated.plan, activated.seats, activated.key) == ("professional", 50, "IMB-PROF-****-1234")
    assert client.license.get().to_dict() == activated.to_dict()
    with pytest.raises(BadRequestError, match="invalid license key"):
        client.license.activate({"key": "not-a-key"})
    with pytest.raises(BadRequestError, match="unknown plan"):
        client.license.activate({"key": "IMB-GOLD-ABCD-1234"})
    assert client.license.get().plan == "professional"


# -- async -----------------------------------------------------------------------------------------------------
async def test_async_roles_audit_and_license(aclient: AsyncImbraceClient) -> None:
    role = await aclient.roles.create({"key": "auditor", "name": "Auditor", "permissions": ["boards.*"]})
    await aclient.roles.assign_many(["user_alex"], "auditor")
    effective = await aclient.platform.get_effective_permissions("user_alex")
    assert effective.permissions == ["boards.read", "boards.write", "boards.delete"]

    entry = (await aclient.audit_logs.list(resource="users")).data[0]
    reverted = await aclient.audit_logs.revert(entry["_id"])
    assert reverted.restored_resource_id == "user_alex"
    assert (await aclient.roles.effective_permissions("user_alex")).role == "agent"
    await aclient.roles.delete(role["_id"])
    assert (await aclient.audit_logs.summary()).by_action.to_dict() == {
        "create": 1,
        "update": 1,
        "revert": 1,
        "delete": 1,
    }
    assert (await aclient.license.get()).valid is True
