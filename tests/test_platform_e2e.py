"""``client.platform``, ``client.account``, ``client.organizations``, ``client.teams`` and ``client.health``
end to end against the mock (sync and async): the seeded demo organization, users, business units, teams
with their members, and the official package's alias names as one operation each."""

from __future__ import annotations

import inspect
import re

import pytest

from imbrace import AsyncImbraceClient, ImbraceClient, InvalidRequestError, NotFoundError
from imbrace.testing import (
    DEMO_BUSINESS_UNIT_ID,
    DEMO_ORGANIZATION_ID,
    DEMO_TEAM_ID,
    DEMO_USER_ID,
    MockServer,
)


@pytest.mark.reads_seeded_data
def test_get_me_is_the_seeded_demo_user(client: ImbraceClient) -> None:
    me = client.platform.get_me()
    assert (me.id, me.email, me.organization_id) == (DEMO_USER_ID, "demo@example.com", DEMO_ORGANIZATION_ID)
    assert client.account.get().id == DEMO_USER_ID
    assert client.organizations.get(DEMO_ORGANIZATION_ID).name == "Demo Organization"
    assert client.health.check()["status"] == "ok"


@pytest.mark.reads_seeded_data
def test_users_list_page_and_count_by_role(client: ImbraceClient) -> None:
    users = client.platform.list_users().data
    assert DEMO_USER_ID in [u.id for u in users] and len(users) == 5  # the README's seeded people
    assert [u.id for u in client.platform.list_users(skip=1, limit=1).data] == [users[1].id]
    assert [u.id for u in client.platform.list_users(search="alex").data] == ["user_alex"]
    assert len(client.platform.list_all_users().data) == 5
    counts = client.platform.get_user_roles_count()
    assert sum(counts.additional_properties.values()) == 5 and counts["admin"] == 2


def test_get_and_update_a_user(client: ImbraceClient) -> None:
    updated = client.platform.update_user("user_alex", {"display_name": "Alex A.", "role": "supervisor"})
    assert (updated.display_name, updated.role, updated.email) == (
        "Alex A.",
        "supervisor",
        "alex@example.com",
    )
    assert client.platform.get_user("user_alex").display_name == "Alex A."
    assert client.platform.get_user_roles_count()["supervisor"] == 2
    with pytest.raises(NotFoundError):
        client.platform.get_user("user_nobody")
    with pytest.raises(InvalidRequestError, match="display_name"):
        client.platform.update_user("user_alex", {"display_name": 5})  # type: ignore[typeddict-item]


def test_update_account_shows_in_get_me(client: ImbraceClient) -> None:
    assert client.account.update({"language": "fr", "display_name": "Demo"}).language == "fr"
    assert client.platform.get_me().display_name == "Demo"
    assert client.account.get_account().language == "fr"


def test_business_units_crud(client: ImbraceClient) -> None:
    assert [u["_id"] for u in client.platform.list_business_units()] == [DEMO_BUSINESS_UNIT_ID]
    unit = client.platform.create_business_unit({"name": "Retail"})
    assert client.platform.get_business_unit(unit["_id"]).name == "Retail"
    assert client.platform.update_business_unit(unit["_id"], {"name": "Stores"}).name == "Stores"
    assert [u.name for u in client.platform.list_business_units(skip=1)] == ["Stores"]
    client.platform.delete_business_unit(unit["_id"])
    with pytest.raises(NotFoundError):
        client.platform.get_business_unit(unit["_id"])


def test_teams_crud_with_members(client: ImbraceClient) -> None:
    unit = client.platform.create_business_unit({"name": "Retail"})
    team = client.teams.create({"name": "Sales", "business_unit_id": unit["_id"]})
    assert [t.name for t in client.teams.list(unit["_id"]).data] == ["Sales"]
    assert [t["_id"] for t in client.platform.list_teams(DEMO_BUSINESS_UNIT_ID).data] == [DEMO_TEAM_ID]
    assert client.teams.update(team["_id"], {"name": "Sales EU"}).name == "Sales EU"
    assert client.platform.update_team_v1(team["_id"], {"is_disabled": True}).is_disabled is True

    invitable = {u.id for u in client.platform.list_team_invites(team["_id"]).data}
    assert invitable == {DEMO_USER_ID, "user_alex", "user_sam", "user_docs", "user_owner"}
    added = client.teams.add_users(
        team["_id"], [{"user_id": "user_sam", "role": "member"}, {"user_id": DEMO_USER_ID}]
    )
    assert {(m.user_id, m.role) for m in added.data} == {("user_sam", "member"), (DEMO_USER_ID, "member")}
    assert {m.user_id for m in client.platform.get_team(team["_id"]).users} == {"user_sam", DEMO_USER_ID}
    assert [m.display_name for m in client.teams.get_users(team["_id"], search="sam").data] == [
        "Sam Supervisor"
    ]
    assert {u.id for u in client.platform.list_team_invites(team["_id"]).data} == {
        "user_alex",
        "user_docs",
        "user_owner",
    }
    assert team["_id"] in {t["_id"] for t in client.teams.list_my().data}

    left = client.platform.remove_team_users(team["_id"], [DEMO_USER_ID])
    assert [m.user_id for m in left.data] == ["user_sam"]
    assert team["_id"] not in {t["_id"] for t in client.platform.get_my_teams().data}
    assert [m.user_id for m in client.platform.list_team_users_v2(team["_id"]).data] == ["user_sam"]

    client.teams.delete(team["_id"])
    with pytest.raises(NotFoundError):
        client.teams.get(team["_id"])
    assert client.platform.list_team_users(team["_id"]).data == []


def test_team_bad_input(client: ImbraceClient) -> None:
    with pytest.raises(NotFoundError):
        client.teams.add_users(DEMO_TEAM_ID, [{"user_id": "user_nobody"}])
    with pytest.raises(NotFoundError):
        client.teams.create({"name": "X", "business_unit_id": "bu_nowhere"})
    with pytest.raises(InvalidRequestError, match="users"):
        client.teams.add_users(DEMO_TEAM_ID, [])
    assert client.teams.create({"name": "Default unit"}).business_unit_id == DEMO_BUSINESS_UNIT_ID


@pytest.mark.parametrize(
    ("alias", "original"),
    [
        ("teams.list", "platform.list_teams"),
        ("teams.create", "platform.create_team"),
        ("teams.get", "platform.get_team"),
        ("teams.update", "platform.update_team"),
        ("teams.delete", "platform.delete_team"),
        ("teams.list_my", "platform.get_my_teams"),
        # teams.add_users / platform.add_team_users: one flow each, see test_platform_incumbent_forms.py
        ("teams.remove_users", "platform.remove_team_users"),
        ("teams.get_users", "platform.list_team_users"),
        ("organizations.get", "platform.get_org"),
        ("account.get_account", "account.get"),
        ("account.update_account", "account.update"),
    ],
)
def test_alias_names_are_the_same_operation(alias: str, original: str) -> None:
    client = ImbraceClient(api_key="k")

    def method(dotted: str) -> object:
        namespace, name = dotted.split(".")
        return getattr(getattr(client, namespace), name)

    def operation_id(dotted: str) -> str:
        found = re.search(r"self\._operation\(\s*\"(\w+)\"", inspect.getsource(method(dotted)))  # type: ignore[arg-type]
        assert found, dotted
        return found.group(1)

    assert operation_id(alias) == operation_id(original)
    assert inspect.signature(method(alias)) == inspect.signature(method(original))  # type: ignore[arg-type]


async def test_async_platform(aclient: AsyncImbraceClient, imbrace_mock: MockServer) -> None:
    me = await aclient.platform.get_me()
    assert me.id == DEMO_USER_ID
    assert len((await aclient.platform.list_users()).data) == 5
    assert (await aclient.platform.update_user("user_sam", {"language": "de"})).language == "de"
    unit = await aclient.platform.create_business_unit({"name": "Online"})
    team = await aclient.teams.create({"name": "Chat", "business_unit_id": unit["_id"]})
    await aclient.teams.add_users(team["_id"], [{"user_id": "user_alex", "role": "admin"}])
    assert [(m.user_id, m.role) for m in (await aclient.teams.get(team["_id"])).users] == [
        ("user_alex", "admin")
    ]
    assert [t.name for t in (await aclient.platform.list_teams(unit["_id"])).data] == ["Chat"]
    await aclient.platform.delete_team(team["_id"])
    assert (await aclient.teams.list(unit["_id"])).data == []
    assert (await aclient.account.get()).organization_id == DEMO_ORGANIZATION_ID
    assert (await aclient.health.check())["status"] == "ok"
    assert not imbrace_mock.violations
