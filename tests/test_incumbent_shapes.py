"""The incumbent SDK's (imbrace 1.3.1) wire shapes, sent with plain httpx, keep working on the mock.

``make incumbent-check`` runs the incumbent itself against the mock (scripts/incumbent_calls.py); it needs
the incumbent from PyPI, so it is not part of ``make test``. These tests pin the shapes that run depends
on, where the incumbent sends something our SDK never does: Python-style booleans in queries (B7), the
Parquet name as raw path segments (B6), the body-less user lookup before ``stream_chat`` (B11), the
docs' async chat body without organization or user, ``x-access-token`` credentials, the folder-create
defaults, the ``{data: [{key, value}]}`` item update, and a published flow's synchronous trigger.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest

from imbrace.testing import DEMO_ASSISTANT_ID, DEMO_ORGANIZATION_ID, DEMO_USER_ID, MockServer


@pytest.fixture
def raw(imbrace_mock: MockServer) -> Iterator[httpx.Client]:
    """Plain httpx with the incumbent's API-key header (it sends no ``x-organization-id`` in that mode)."""
    with httpx.Client(base_url=imbrace_mock.url, headers={"x-api-key": "api_test"}) as http:
        yield http


def test_python_style_booleans_in_queries_are_accepted(raw: httpx.Client) -> None:
    """The incumbent's ``_qs`` writes ``True`` (B7): ``get_health(detailed=True)``, ``get_traces(details=True)``."""
    health = raw.get("/ai-agent/health?detailed=True")
    assert health.status_code == 200, health.text
    traces = raw.get(
        "/ai-agent/trace/traces?service=ai-agent&limit=5&timeRange=3600&orgId=org_demo&details=True"
    )
    assert traces.status_code == 200, traces.text
    trace_id = traces.json()["traces"][0]["traceID"]
    assert raw.get(f"/ai-agent/trace/traces/{trace_id}").status_code == 200


def test_parquet_delete_with_the_name_as_raw_segments(raw: httpx.Client) -> None:
    """``delete_parquet_file("exports/users.parquet")`` goes out as two path segments (B6)."""
    made = raw.post(
        "/ai-agent/parquet/generate",
        json={"data": [{"id": 1, "name": "Alice"}], "fileName": "users", "folderName": "exports"},
    )
    assert made.is_success, made.text
    gone = raw.delete("/ai-agent/parquet/exports/users.parquet")
    assert gone.status_code == 200, gone.text
    assert gone.json() is not None  # the incumbent always parses the answer


def test_stream_chat_without_user_id_looks_the_user_up_with_no_body(raw: httpx.Client) -> None:
    """Without ``user_id`` the incumbent first POSTs ``/chat-client/auth/user`` with no body and reads a
    top-level ``id`` (B11); its async twin then sends no ``organization_id`` (B2), as the docs' async example."""
    user = raw.post("/ai-agent/chat-client/auth/user")
    assert user.status_code == 200, user.text
    assert user.json()["id"] == DEMO_USER_ID
    body = {
        "id": str(uuid.uuid4()),
        "assistant_id": DEMO_ASSISTANT_ID,
        "messages": [{"role": "user", "content": "Hello"}],
        "user_id": user.json()["id"],
    }
    reply = raw.post("/ai-agent/v2/chat", json=body)
    assert reply.status_code == 200, reply.text
    assert "text-delta" in reply.text


def test_access_token_credentials_are_accepted(imbrace_mock: MockServer) -> None:
    """An opaque token goes in ``x-access-token`` (+ ``x-organization-id``); a JWT with an organization as
    ``Authorization: Bearer`` + ``x-organization-id``."""
    headers = [
        {"x-access-token": "acc_demo", "x-organization-id": DEMO_ORGANIZATION_ID},
        {"authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2ln", "x-organization-id": DEMO_ORGANIZATION_ID},
    ]
    for header_set in headers:
        with httpx.Client(base_url=imbrace_mock.url, headers=header_set) as http:
            answer = http.get("/v3/ai/accounts/assistants")
            assert answer.status_code == 200, (header_set, answer.text)


def test_incumbent_ai_stream_headers_are_refused_loudly(imbrace_mock: MockServer) -> None:
    """The incumbent's ``ai.stream`` sends ``Bearer <opaque token>`` and never ``x-organization-id`` (B4):
    the mock answers 401 (a Bearer token needs its organization), which the incumbent does not check."""
    with httpx.Client(base_url=imbrace_mock.url, headers={"authorization": "Bearer acc_demo"}) as http:
        answer = http.post(
            "/v3/ai/completions",
            json={"model": "gpt-4o", "messages": [{"role": "user", "content": "Hi"}], "stream": True},
            headers={"accept": "text/event-stream"},
        )
    assert answer.status_code == 401


def test_folder_create_with_the_incumbents_defaults(raw: httpx.Client) -> None:
    """``boards.create_folder`` / ``folders.create`` fill ``organization_id``, ``parent_folder_id: "root"``
    and ``source_type: "upload"``; boards unwraps ``{data}``, folders returns it as is."""
    made = raw.post(
        "/data-board/folders",
        json={
            "name": "Product docs",
            "organization_id": DEMO_ORGANIZATION_ID,
            "parent_folder_id": "root",
            "source_type": "upload",
        },
    )
    assert made.status_code in (200, 201), made.text
    folder = made.json()["data"]
    assert folder["_id"]
    contents = raw.get(f"/data-board/folders/{folder['_id']}/contents")
    assert "files" in contents.json()["data"]
    upload = raw.post(
        "/data-board/files/upload",
        files={"file": ("guide.txt", b"hello", "text/plain"), "folder_id": (None, folder["_id"])},
    )
    assert upload.status_code in (200, 201), upload.text
    assert upload.json()["data"]["_id"]


def test_item_update_in_the_data_key_value_form(raw: httpx.Client) -> None:
    """``update_item(board, item, {"data": [{"key": field_id, "value": ...}]})``, as the docs write it."""
    board = raw.post("/data-board/boards", json={"name": "Leads", "description": "Inbound"}).json()["data"]
    fields = raw.post(
        f"/data-board/boards/{board['_id']}/fields", json={"name": "Email", "type": "ShortText"}
    ).json()["data"]["fields"]
    field_id = next(f["_id"] for f in fields if f["name"] == "Email")
    item = raw.post(
        f"/data-board/boards/{board['_id']}/items",
        json={"fields": [{"board_field_id": field_id, "value": "a@example.com"}]},
    ).json()["data"]
    updated = raw.patch(
        f"/data-board/boards/{board['_id']}/items/{item['_id']}",
        json={"data": [{"key": field_id, "value": "b@example.com"}]},
    )
    assert updated.status_code == 200, updated.text
    assert "b@example.com" in updated.text


def test_published_flow_with_return_response_answers_the_sync_trigger(raw: httpx.Client) -> None:
    """The incumbent's flow calls: create ``{displayName, projectId}``, UPDATE_TRIGGER, ADD_ACTION of a
    Return Response, LOCK_AND_PUBLISH ``{}``, then ``/webhooks/{id}/sync`` answers the action's body."""
    project = raw.get("/activepieces/v1/flows", params={"limit": 10}).json()["data"][0]["projectId"]
    flow = raw.post("/activepieces/v1/flows", json={"displayName": "Inbound", "projectId": project}).json()
    webhook = {"pieceName": "@activepieces/piece-webhook", "pieceVersion": "~0.1.0", "propertySettings": {}}
    trigger = {
        "name": "trigger",
        "type": "PIECE_TRIGGER",
        "valid": True,
        "displayName": "Catch Webhook",
        "settings": {**webhook, "triggerName": "catch_webhook", "input": {"authType": "none"}},
    }
    action = {
        "name": "step_1",
        "type": "PIECE",
        "valid": True,
        "displayName": "Return Response",
        "settings": {
            **webhook,
            "actionName": "return_response",
            "input": {"responseType": "json", "fields": {"status": 200, "body": {"received": True}}},
        },
    }
    for operation in (
        {"type": "UPDATE_TRIGGER", "request": trigger},
        {"type": "ADD_ACTION", "request": {"parentStep": "trigger", "action": action}},
        {"type": "LOCK_AND_PUBLISH", "request": {}},
    ):
        applied = raw.post(f"/activepieces/v1/flows/{flow['id']}", json=operation)
        assert applied.status_code == 200, (operation["type"], applied.text)
    answer = raw.post(f"/activepieces/v1/webhooks/{flow['id']}/sync", json={"email": "a@example.com"})
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"received": True}
