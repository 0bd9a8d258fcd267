"""The official package's calling forms for the platform namespaces, run unchanged against the mock.

Its list methods take one ``params`` dict and some writes one ``body`` dict (``platform.list_users({"limit":
10})``, ``platform.change_role({"user_id": ..., "role": ...})``); the spec marks those operations
``x-imbrace-mapping`` and the one dict is spread over the typed parameters, which keep working by keyword.
``teams.add_users`` also takes the ``user_ids`` shorthand.
"""

from __future__ import annotations

import httpx
import pytest

from imbrace import ImbraceClient, InvalidRequestError
from imbrace.testing import DEMO_BUSINESS_UNIT_ID, DEMO_TEAM_ID, MockServer


@pytest.fixture
def client(imbrace_mock: MockServer) -> ImbraceClient:
    return ImbraceClient(base_url=imbrace_mock.url, api_key="api_test")


def test_list_methods_take_one_params_dict(client: ImbraceClient) -> None:
    everyone = client.platform.list_users()["data"]
    assert [u["id"] for u in client.platform.list_users({"skip": 1, "limit": 2})["data"]] == [
        u["id"] for u in everyone[1:3]
    ]
    assert [u["id"] for u in client.settings.list_users({"search": "alex"})["data"]] == ["user_alex"]
    assert client.platform.list_users({"limit": 1}, limit=3)["data"][2]  # a keyword wins over the dict
    assert len(client.platform.list_all_users({})["data"]) == len(everyone)
    assert client.platform.list_business_units({"limit": 1})["data"][0]["_id"] == DEMO_BUSINESS_UNIT_ID
    assert client.platform.list_orgs({"limit": 5})["data"]
    assert client.platform.list_all_orgs({})["data"]


def test_write_methods_take_one_body_dict(client: ImbraceClient) -> None:
    client.platform.change_role({"user_id": "user_sam", "role": "agent"})
    assert client.platform.get_user("user_sam")["role"] == "agent"
    client.roles.assign("user_sam", "supervisor")  # the same operation, the roles namespace's form
    assert client.platform.get_user("user_sam")["role"] == "supervisor"
    client.platform.add_team_users({"team_id": DEMO_TEAM_ID, "user_ids": ["user_sam"], "role": "admin"})
    members = {m["user_id"]: m["role"] for m in client.teams.get_users(DEMO_TEAM_ID)["data"]}
    assert members["user_sam"] == "admin"
    client.platform.remove_team_users({"team_id": DEMO_TEAM_ID, "user_ids": ["user_sam"]})
    assert "user_sam" not in {m["user_id"] for m in client.teams.get_users(DEMO_TEAM_ID)["data"]}


def test_teams_add_users_shorthand_and_full_form(client: ImbraceClient) -> None:
    client.teams.add_users(DEMO_TEAM_ID, ["user_sam", "user_docs"], role="admin")
    client.teams.add_users(DEMO_TEAM_ID, users=[{"user_id": "user_owner", "role": "member"}])
    members = {m["user_id"]: m["role"] for m in client.teams.get_users(DEMO_TEAM_ID)["data"]}
    assert (members["user_sam"], members["user_docs"], members["user_owner"]) == ("admin", "admin", "member")


def test_audit_logs_take_one_params_dict(client: ImbraceClient) -> None:
    client.platform.update_user("user_alex", {"display_name": "Alex B."})
    entries = client.audit_logs.list({"action": "update", "limit": 5})["data"]
    assert entries and all(e["action"] == "update" for e in entries)
    assert client.audit_logs.summary({}) is not None


def test_bad_shorthand_is_refused_before_sending(imbrace_mock: MockServer) -> None:
    sent: list[str] = []
    hooks = {"request": [lambda request: sent.append(request.url.path)]}
    client = ImbraceClient(
        base_url=imbrace_mock.url, api_key="k", http_client=httpx.Client(event_hooks=hooks)
    )
    with pytest.raises(InvalidRequestError, match="user_ids"):
        client.teams.add_users(DEMO_TEAM_ID, "user_sam")  # type: ignore[arg-type]
    with pytest.raises(InvalidRequestError, match="user_ids"):
        client.teams.add_users(DEMO_TEAM_ID, [1, 2])  # type: ignore[list-item]
    with pytest.raises(InvalidRequestError, match="team_id"):
        client.platform.add_team_users({"user_ids": ["user_sam"]})
    assert sent == []
