"""The rest of ``client.platform``, ``organizations``, ``teams``, ``account`` and ``settings``, end to end
against the mock: inviting, deactivating and deleting users; the caller's organizations (and only theirs);
team membership by the caller and join requests; avatar and team-icon uploads; the channel-service
contacts, credentials and default channel; and the retired methods (``client.sessions`` and 28 more),
which raise ``RetiredMethodError`` without sending anything."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import imbrace
import imbrace.types
from imbrace import (
    AsyncImbraceClient,
    ConflictError,
    ImbraceClient,
    ImbraceError,
    InvalidRequestError,
    NotFoundError,
    RetiredMethodError,
)
from imbrace.testing import DEMO_CHANNEL_ID, DEMO_ORGANIZATION_ID, DEMO_TEAM_ID, DEMO_USER_ID, MockServer

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


def org_client(server: MockServer, organization_id: str) -> ImbraceClient:
    """A client acting for ``organization_id`` (an access token sends it; an API key's organization is its own)."""
    return ImbraceClient(
        base_url=server.url, access_token="acc_test", organization_id=organization_id, max_retries=0
    )


# -- users ----------------------------------------------------------------------------------------------------
def test_invite_deactivate_reactivate_delete(client: ImbraceClient, imbrace_mock: MockServer) -> None:
    invited = client.platform.bulk_invite(
        {
            "users": [
                {"email": "kim@example.com", "role": "agent"},
                {"email": "lee@example.com", "role": "admin"},
            ]
        }
    )
    assert [(u.email, u.status) for u in invited.data] == [
        ("kim@example.com", "invited"),
        ("lee@example.com", "invited"),
    ]
    emails = {u.email: u for u in client.settings.list_users().data}
    assert {"kim@example.com", "lee@example.com", "demo@example.com"} <= emails.keys()
    assert client.settings.get_user_roles_count()["admin"] == 3  # + user_owner (README seeded people)
    with pytest.raises(ConflictError, match="KIM@example.com is already"):
        client.settings.bulk_invite_users({"users": [{"email": "KIM@example.com"}]})

    kim = emails["kim@example.com"].id
    assert client.platform.reactivate_user(kim).status == "active"
    deactivated = client.platform.deactivate_user(kim)
    assert (deactivated.status, deactivated.is_active) == ("inactive", False)
    assert client.platform.get_user(kim).status == "inactive"
    assert client.platform.reactivate_user(kim).is_active is True

    client.teams.add_users(DEMO_TEAM_ID, [{"user_id": kim}])
    client.platform.delete_user(kim)
    with pytest.raises(NotFoundError):
        client.platform.get_user(kim)
    assert kim not in {m.user_id for m in client.teams.get_users(DEMO_TEAM_ID).data}
    with pytest.raises(NotFoundError):
        client.platform.deactivate_user(kim)
    with pytest.raises(ConflictError):
        client.platform.delete_user(DEMO_USER_ID)  # not yourself
    with pytest.raises(InvalidRequestError, match="user_id"):
        client.platform.deactivate_user("")
    # another organization sees none of it
    with org_client(imbrace_mock, "org_other") as other:
        assert other.platform.list_users().data == []
        with pytest.raises(NotFoundError):
            other.platform.deactivate_user("user_alex")


# -- organizations ------------------------------------------------------------------------------------------
def test_organization_lifecycle(client: ImbraceClient, imbrace_mock: MockServer) -> None:
    assert [o.id for o in client.platform.list_all_orgs().data] == [DEMO_ORGANIZATION_ID]
    org = client.platform.create_org({"name": "Acme", "plan": "pro"})
    assert (org.name, org.owner_id, org.plan) == ("Acme", DEMO_USER_ID, "pro")
    assert [o.id for o in client.platform.list_orgs().data] == [DEMO_ORGANIZATION_ID, org.id]
    assert [o.id for o in client.organizations.list_all().data] == [DEMO_ORGANIZATION_ID, org.id]
    assert [o.id for o in client.organizations.list().data] == [DEMO_ORGANIZATION_ID, org.id]
    page = client.organizations.list_for_login(limit=1, skip=1)
    assert ([o.id for o in page.data], page.total) == ([org.id], 2)
    assert client.organizations.get(org.id).name == "Acme"
    assert client.platform.update_org(org.id, {"name": "Acme Ltd"}).name == "Acme Ltd"
    assert (client.platform.get_org(org.id).name, client.platform.get_org(org.id).plan) == ("Acme Ltd", "pro")

    # the caller is the new organization's admin: one user row per organization, same email
    with org_client(imbrace_mock, org.id) as inside:
        [me] = inside.platform.list_users().data
        assert (me.email, me.role, me.organization_id) == ("demo@example.com", "admin", org.id)
        assert me.id != DEMO_USER_ID

    aws = client.organizations.create({"name": "Acme AWS"})
    assert client.platform.create_aws_org({"name": "Marketplace", "customer_identifier": "c-1"}).name == (
        "Marketplace"
    )
    client.platform.delete_org(org.id)
    with pytest.raises(NotFoundError):
        client.platform.get_org(org.id)
    assert org.id not in {o.id for o in client.platform.list_all_orgs().data}
    assert aws.id in {o.id for o in client.platform.list_all_orgs().data}
    with pytest.raises(ConflictError):
        client.platform.delete_org(DEMO_ORGANIZATION_ID)  # the signed-in account's own
    with pytest.raises(InvalidRequestError, match="name"):
        client.organizations.create({"name": ""})


def test_organizations_of_others_are_invisible(client: ImbraceClient, imbrace_mock: MockServer) -> None:
    with imbrace_mock.store.lock:  # someone else's organization, with a member who is not the caller
        imbrace_mock.store.table("organizations")["org_elsewhere"] = {
            "id": "org_elsewhere",
            "name": "Elsewhere",
        }
        imbrace_mock.store.table("platform_users")["user_else"] = {
            "id": "user_else",
            "email": "else@example.com",
            "organization_id": "org_elsewhere",
        }
    for call in (
        lambda: client.platform.get_org("org_elsewhere"),
        lambda: client.organizations.get("org_elsewhere"),
        lambda: client.platform.update_org("org_elsewhere", {"name": "Mine"}),
        lambda: client.platform.delete_org("org_elsewhere"),
    ):
        with pytest.raises(NotFoundError):
            call()
    for listed in (client.platform.list_orgs(), client.platform.list_all_orgs(), client.organizations.list()):
        assert [o.id for o in listed.data] == [DEMO_ORGANIZATION_ID]
    assert imbrace_mock.store.table("organizations")["org_elsewhere"]["name"] == "Elsewhere"


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"data": [{"id": "org_1", "name": "One"}]})


@pytest.mark.parametrize(
    ("credentials", "sent"),
    [
        ({"access_token": "login_acc_abc"}, "/platform/v1/organizations?limit=10&skip=0"),
        ({"access_token": "acc_abc", "organization_id": "org_1"}, "/platform/v2/organizations/_all"),
        ({"api_key": "api_abc"}, "/platform/v2/organizations/_all"),
    ],
)
def test_organizations_list_picks_its_route_by_the_token(credentials: dict[str, str], sent: str) -> None:
    recorder = Recorder()
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    with ImbraceClient(base_url="https://gw.test", http_client=http, **credentials) as client:  # type: ignore[arg-type]
        assert client.organizations.list().data[0].name == "One"
    [request] = recorder.requests
    assert request.method == "GET"
    assert request.url.raw_path.decode() == sent


def test_login_token_lists_organizations_against_the_mock(imbrace_mock: MockServer) -> None:
    with ImbraceClient(base_url=imbrace_mock.url, access_token="login_acc_demo", max_retries=0) as client:
        assert [o.id for o in client.organizations.list(limit=5).data] == [DEMO_ORGANIZATION_ID]


# -- teams ---------------------------------------------------------------------------------------------------------
def test_join_request_approve_role_leave_join(client: ImbraceClient) -> None:
    team = client.teams.create({"name": "Escalations"})
    request = client.teams.request_join(team["_id"], {"message": "let me in"})
    assert (request.user_id, request.status, request.team_id) == (DEMO_USER_ID, "pending", team["_id"])
    assert [(m.user_id, m.status) for m in client.platform.get_team(team["_id"]).users] == [
        (DEMO_USER_ID, "pending")
    ]
    assert team["_id"] not in {t["_id"] for t in client.teams.list_my().data}  # pending is not a membership
    with pytest.raises(ConflictError, match="already asked"):
        client.teams.request_join(team["_id"], {})

    approved = client.teams.approve_join_request(team["_id"], request["_id"])
    assert approved.status == "active"
    assert team["_id"] in {t["_id"] for t in client.platform.get_my_teams().data}
    with pytest.raises(ConflictError, match="no pending"):
        client.platform.accept_team_join_request(team["_id"], request["_id"])
    assert client.teams.update_user_role(team["_id"], request["_id"], {"role": "admin"}).role == "admin"
    assert [(m.user_id, m.role) for m in client.teams.get_users(team["_id"]).data] == [
        (DEMO_USER_ID, "admin")
    ]

    left = client.teams.leave({"team_id": team["_id"]})
    assert left.data == []
    assert team["_id"] not in {t["_id"] for t in client.teams.list_my().data}
    with pytest.raises(NotFoundError):
        client.teams.leave({"team_id": team["_id"]})
    joined = client.teams.join({"team_id": team["_id"]})
    assert (joined.user_id, joined.status) == (DEMO_USER_ID, "active")
    assert team["_id"] in {t["_id"] for t in client.teams.list_my().data}

    # accept: the platform name of approve
    client.teams.leave({"team_id": team["_id"]})
    pending = client.teams.request_join(team["_id"], {})
    assert client.platform.accept_team_join_request(team["_id"], pending["_id"]).status == "active"
    with pytest.raises(NotFoundError):
        client.teams.approve_join_request(DEMO_TEAM_ID, pending["_id"])  # a membership of another team
    with pytest.raises(NotFoundError):
        client.teams.join({"team_id": "team_nowhere"})


@pytest.mark.reads_seeded_data
def test_team_labels(client: ImbraceClient) -> None:
    labels = client.platform.get_team_labels(DEMO_TEAM_ID)
    assert [(label.name, label.team_id) for label in labels] == [
        ("VIP", DEMO_TEAM_ID),
        ("Urgent", DEMO_TEAM_ID),
    ]
    assert [label["_id"] for label in client.platform.get_team_labels(DEMO_TEAM_ID, skip=1, limit=1)] == [
        "label_urgent"
    ]
    with pytest.raises(NotFoundError):
        client.platform.get_team_labels("team_nowhere")


# -- uploads -----------------------------------------------------------------------------------------------------------
def test_upload_avatar_and_team_icon(client: ImbraceClient, tmp_path: Any) -> None:
    uploaded = client.account.upload_avatar({"file": ("me.png", PNG, "image/png")})
    assert uploaded.url.endswith("/me.png") and uploaded.size == len(PNG)
    assert client.account.get().avatar_url == uploaded.url
    assert client.platform.get_me().avatar_url == uploaded.url
    path = tmp_path / "again.png"
    path.write_bytes(PNG)
    again = client.platform.upload_user_avatar(path)
    assert again.url != uploaded.url and client.account.get_account().avatar_url == again.url

    icon = client.teams.upload_icon(PNG, team_id=DEMO_TEAM_ID)
    assert client.teams.get(DEMO_TEAM_ID).icon_url == icon.url
    loose = client.platform.upload_team_icon({"file": ("logo.png", PNG)})
    assert loose.url.endswith("/logo.png") and client.teams.get(DEMO_TEAM_ID).icon_url == icon.url
    with pytest.raises(NotFoundError):
        client.teams.upload_icon(PNG, team_id="team_nowhere")
    with pytest.raises(InvalidRequestError, match="files"):
        client.account.upload_avatar(None)


# -- channel-service routes of client.platform ---------------------------------------------------------------------
def test_contacts_get_and_update(client: ImbraceClient, imbrace_mock: MockServer) -> None:
    alice = client.platform.get_contact_v2("contact_alice")
    assert (alice.display_name, alice.organization_id) == ("Alice Nguyen", DEMO_ORGANIZATION_ID)
    updated = client.platform.update_contact_v2("contact_alice", {"name": "Alice N.", "phone": "+100"})
    assert (updated.display_name, updated.phone_number, updated.email) == (
        "Alice N.",
        "+100",
        "alice@example.com",
    )
    client.platform.update_contact_v2("contact_alice", {"labels": ["vip"], "email": "a@example.com"})
    again = client.platform.get_contact_v2("contact_alice")
    assert (again.display_name, again.email, again.labels) == ("Alice N.", "a@example.com", ["vip"])
    assert client.platform.get_contact_v2("contact_bob").display_name == "Bob Tan"
    with pytest.raises(NotFoundError):
        client.platform.get_contact_v2("contact_nobody")
    with org_client(imbrace_mock, "org_other") as other:
        with pytest.raises(NotFoundError):
            other.platform.get_contact_v2("contact_alice")
        with pytest.raises(NotFoundError):
            other.platform.update_contact_v2("contact_alice", {"name": "Mallory"})
    assert client.platform.get_contact_v2("contact_alice").display_name == "Alice N."


def test_credentials_and_the_default_channel(client: ImbraceClient) -> None:
    credentials = client.platform.list_credentials()
    assert {c.name for c in credentials} == {"whatsapp", "line", "openai", "slack"}
    types = client.platform.list_processed_credential_types()
    assert [t.name for t in types] == ["whatsapp", "line", "openai", "slack"]
    by_name = client.platform.get_credential_type_by_name("openai")
    assert by_name["type"] == "openai" and [p["name"] for p in by_name.params] == ["api_key", "organization"]
    assert client.platform.get_credential_param({"type": "openai"}).to_dict() == by_name.to_dict()
    with pytest.raises(InvalidRequestError, match="type"):
        client.platform.get_credential_param({})
    with pytest.raises(NotFoundError):
        client.platform.get_credential_type_by_name("telegraph")

    channel = client.platform.init_channel({"name": "Website"})
    assert (channel.id, channel["type"], channel.name, channel.organization_id) == (
        DEMO_CHANNEL_ID,  # the seeded default web channel (client.channel)
        "web",
        "Website Chat",
        DEMO_ORGANIZATION_ID,
    )
    assert client.platform.init_channel({}).id == channel.id  # created once


# -- aliases -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("alias", "original"),
    [
        ("settings.list_users", "platform.list_users"),
        ("settings.get_user_roles_count", "platform.get_user_roles_count"),
        ("settings.bulk_invite_users", "platform.bulk_invite"),
        ("organizations.create", "platform.create_org"),
        ("organizations.list_all", "platform.list_all_orgs"),
    ],
)
def test_alias_names_are_the_same_operation(alias: str, original: str) -> None:
    client = ImbraceClient(api_key="k")

    def method(dotted: str) -> Any:
        namespace, name = dotted.split(".")
        return getattr(getattr(client, namespace), name)

    def operation_id(dotted: str) -> str:
        found = re.search(r"self\._operation\(\s*\"(\w+)\"", inspect.getsource(method(dotted)))
        assert found, dotted
        return found.group(1)

    assert operation_id(alias) == operation_id(original)
    assert inspect.signature(method(alias)) == inspect.signature(method(original))


# -- retired methods -------------------------------------------------------------------------------------------------
RETIRED = {
    "platform": [
        "archive_user",
        "auth_facebook_pages",
        "cancel_facebook_pages",
        "create_mail_channel",
        "create_store",
        "get_credential_types",
        "get_facebook_pages",
        "get_mail_channel",
        "get_room",
        "get_room_status",
        "get_room_status_count",
        "get_store",
        "get_team_workflows",
        "get_user_workflows",
        "grant_permission",
        "join_room",
        "list_knowledge",
        "list_permissions",
        "list_resources",
        "list_rooms",
        "list_stores",
        "revoke_permission",
        "search_rooms",
        "suspend_user",
        "update_room",
        "update_store",
        "upload_knowledge",
    ],
    "teams": ["get_workflows"],
    "sessions": ["list", "get", "create", "delete"],
}
RETIRED_METHODS = [f"{ns}.{name}" for ns, names in RETIRED.items() for name in names]


def test_the_retired_list_is_the_official_packages() -> None:
    assert len(RETIRED["platform"]) == 27 and len(RETIRED_METHODS) == 32


@pytest.fixture
def unreachable() -> Iterator[tuple[ImbraceClient, AsyncImbraceClient, list[httpx.Request]]]:
    """Clients whose transport fails the test if anything is sent."""
    sent: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        raise AssertionError(f"a retired method sent {request.method} {request.url}")

    sync = ImbraceClient(
        base_url="https://gw.test",
        api_key="k",
        http_client=httpx.Client(transport=httpx.MockTransport(refuse)),
    )
    asyn = AsyncImbraceClient(
        base_url="https://gw.test",
        api_key="k",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(refuse)),
    )
    yield sync, asyn, sent
    sync.close()


@pytest.mark.parametrize("dotted", RETIRED_METHODS)
async def test_retired_methods_raise_and_send_nothing(
    dotted: str, unreachable: tuple[ImbraceClient, AsyncImbraceClient, list[httpx.Request]]
) -> None:
    sync, asyn, sent = unreachable
    namespace, name = dotted.split(".")
    for client in (sync, asyn, sync.with_raw_response):
        method = getattr(getattr(client, namespace), name)
        with pytest.raises(RetiredMethodError) as info:
            method("any", {"arguments": 1}, whatever=True)
        assert info.value.method == dotted and f"{dotted}() is retired upstream" in str(info.value)
        assert isinstance(info.value, ImbraceError)
        assert (method.__doc__ or "").startswith("Retired upstream")
    with pytest.raises(RetiredMethodError):
        await getattr(getattr(asyn, namespace), name)()
    assert sent == []
    await asyn.close()


def test_retired_methods_say_what_to_use_instead() -> None:
    client = ImbraceClient(api_key="k")
    with pytest.raises(RetiredMethodError, match=r"platform\.deactivate_user\(\)") as info:
        client.platform.suspend_user("user_alex")
    assert info.value.instead == "Use platform.deactivate_user() instead."
    with pytest.raises(RetiredMethodError, match="There is no replacement") as info:
        client.sessions.list()
    assert info.value.instead == ""
    assert imbrace.RetiredMethodError is imbrace.types.RetiredMethodError is RetiredMethodError
    assert "RetiredMethodError" in imbrace.__all__


def test_retired_methods_reach_no_mock(imbrace_mock: MockServer) -> None:
    with ImbraceClient(base_url=imbrace_mock.url, api_key="api_test", max_retries=0) as client:
        before = sum(imbrace_mock.store.effects.values())
        for dotted in RETIRED_METHODS:
            namespace, name = dotted.split(".")
            with pytest.raises(RetiredMethodError):
                getattr(getattr(client, namespace), name)()
        assert sum(imbrace_mock.store.effects.values()) == before
        assert client.platform.get_me().id == DEMO_USER_ID  # the client still works


# -- async ------------------------------------------------------------------------------------------------------------
async def test_async_platform_more(aclient: AsyncImbraceClient, imbrace_mock: MockServer) -> None:
    invited = await aclient.settings.bulk_invite_users(
        {"users": [{"email": "ana@example.com", "role": "agent"}]}
    )
    [ana] = invited.data
    assert (await aclient.platform.deactivate_user(ana.id)).status == "inactive"
    await aclient.platform.delete_user(ana.id)
    with pytest.raises(NotFoundError):
        await aclient.platform.get_user(ana.id)

    org = await aclient.organizations.create({"name": "Async Org"})
    assert org.id in {o.id for o in (await aclient.organizations.list()).data}
    assert (await aclient.platform.update_org(org.id, {"description": "d"})).description == "d"
    await aclient.platform.delete_org(org.id)
    with pytest.raises(NotFoundError):
        await aclient.organizations.get(org.id)

    with pytest.raises(ConflictError, match="already in"):
        await aclient.teams.request_join(DEMO_TEAM_ID, {})  # the demo user is a member already
    team = await aclient.teams.create({"name": "Async team"})
    pending = await aclient.teams.request_join(team["_id"], {})
    assert (await aclient.teams.approve_join_request(team["_id"], pending["_id"])).status == "active"
    assert team["_id"] in {t["_id"] for t in (await aclient.teams.list_my()).data}

    uploaded = await aclient.account.upload_avatar(("a.png", PNG, "image/png"))
    assert (await aclient.account.get()).avatar_url == uploaded.url
    assert (await aclient.platform.get_contact_v2("contact_bob")).email == "bob@example.com"
    assert len(await aclient.platform.list_processed_credential_types()) == 4
    assert [label.name for label in await aclient.platform.get_team_labels(DEMO_TEAM_ID)] == ["VIP", "Urgent"]
    with pytest.raises(RetiredMethodError):
        await aclient.sessions.get("s1")
    assert not imbrace_mock.violations
