"""Shapes reconciled with the platform's own evidence (issue 12): what deletes answer, the partial PUT on
an agent app, Parquet names with a slash, and chat messages in the AI SDK's UIMessage form."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest

from imbrace import AsyncImbraceClient, ImbraceClient, InvalidRequestError
from imbrace.testing import DEMO_ASSISTANT_ID, MockServer
from imbrace.testing.handlers.activepieces import DEMO_PROJECT_ID

ORG = "org_fid"


@pytest.fixture
def raw(imbrace_mock: MockServer) -> Iterator[httpx.Client]:
    """Plain httpx straight to the mock: what a client other than ours (or the incumbent SDK) sends."""
    with httpx.Client(base_url=imbrace_mock.url, headers={"x-api-key": "api_test"}) as http:
        yield http


def new_chat(client: ImbraceClient, chat_id: str, *texts: str) -> list[str]:
    """A chat of ``ORG`` holding ``texts`` as user messages; returns the message ids."""
    first, *rest = texts
    client.ai_agent.create_client_chat(
        {"id": chat_id, "organizationId": ORG, "message": {"role": "user", "content": first}}
    )
    for text in rest:
        client.ai_agent.persist_client_message({"chatId": chat_id, "role": "user", "content": text})
    return [m["id"] for m in client.ai_agent.list_client_messages(chat_id)["data"]]


# -- chat-client deletes answer JSON -----------------------------------------------------------------
def test_delete_client_chat_returns_the_deleted_chat(client: ImbraceClient) -> None:
    new_chat(client, "chat_del_1", "hello")
    raw = client.with_raw_response.ai_agent.delete_client_chat("chat_del_1")
    assert raw.status_code == 200 and raw.headers["content-type"].startswith("application/json")
    deleted = raw.parse()
    assert deleted["id"] == "chat_del_1" and deleted["organizationId"] == ORG


def test_legacy_delete_chat_returns_the_deleted_chat(client: ImbraceClient) -> None:
    new_chat(client, "chat_del_2", "hello")
    deleted = client.ai_agent.delete_chat("chat_del_2", organization_id=ORG, user_id="someone_else")
    assert deleted["id"] == "chat_del_2"


def test_delete_all_client_chats_counts_them(client: ImbraceClient) -> None:
    for n in range(3):
        new_chat(client, f"chat_all_{n}", "hi")
    assert client.ai_agent.delete_all_client_chats(ORG)["deletedCount"] == 3
    assert client.ai_agent.delete_all_client_chats(ORG).deleted_count == 0


def test_delete_trailing_messages_returns_the_deleted_messages(client: ImbraceClient) -> None:
    ids = new_chat(client, "chat_trail", "one", "two", "three")
    deleted = client.ai_agent.delete_trailing_messages(ids[1])
    assert [m["id"] for m in deleted] == ids[1:]
    assert [m["content"] for m in deleted] == ["two", "three"]


def test_delete_document_returns_the_deleted_versions(client: ImbraceClient) -> None:
    first = client.ai_agent.create_document({"kind": "text", "title": "Plan", "content": "v1."})
    client.ai_agent.create_document({"id": first["id"], "kind": "text", "content": "v2."})
    deleted = client.ai_agent.delete_document(first["id"])
    assert [(d["version"], d["content"]) for d in deleted] == [(1, "v1."), (2, "v2.")]


async def test_async_chat_client_delete_returns_the_body(aclient: AsyncImbraceClient) -> None:
    await aclient.ai_agent.create_client_chat(
        {"id": "chat_async", "organizationId": ORG, "message": {"role": "user", "content": "hi"}}
    )
    assert (await aclient.ai_agent.delete_client_chat("chat_async"))["id"] == "chat_async"


# -- other deletes: the status the evidence gives --------------------------------------------------------
def test_data_board_deletes_answer_200_with_the_deleted_object(client: ImbraceClient) -> None:
    board = client.boards.create(name="Fidelity")
    field_id = next(f["_id"] for f in board["fields"] if f.get("is_identifier"))
    item = client.boards.create_item(board["_id"], {"fields": [{"board_field_id": field_id, "value": "A"}]})
    raw = client.with_raw_response.boards.delete_item(board["_id"], item["_id"])
    assert raw.status_code == 200 and raw.parse()["_id"] == item["_id"]
    assert client.boards.delete(board["_id"])["_id"] == board["_id"]


def test_delete_flow_is_a_real_204(client: ImbraceClient) -> None:
    flow = client.activepieces.create_flow(display_name="To delete", project_id=DEMO_PROJECT_ID)
    raw = client.with_raw_response.activepieces.delete_flow(flow["id"])
    assert raw.status_code == 204 and raw.parse() is None


def test_ai_deletes_take_a_204_or_a_json_200() -> None:
    replies = iter([httpx.Response(204), httpx.Response(200, json={"deleted": True, "id": "a1"})])
    transport = httpx.MockTransport(lambda request: next(replies))
    with ImbraceClient(
        base_url="https://gw.test", api_key="k", max_retries=0, http_client=httpx.Client(transport=transport)
    ) as client:
        assert client.ai.delete_ai_agent_app("a1") is None
        assert client.ai.delete_ai_agent_app("a1") == {"deleted": True, "id": "a1"}


# -- a partial PUT on an agent app ------------------------------------------------------------------------
def make_agent(client: ImbraceClient) -> str:
    agent = client.ai.create_ai_agent_app(
        {
            "name": "Support App",
            "workflow_name": "support_app",
            "instructions": "Be kind.",
            "folder_ids": ["f1"],
        }
    )
    return str(agent["id"])


def test_a_raw_partial_put_resets_omitted_fields(client: ImbraceClient, raw: httpx.Client) -> None:
    app_id = make_agent(client)
    reply = raw.put(f"/v3/ai/assistant_apps/{app_id}", json={"name": "Support App v2"})
    assert reply.status_code == 200, reply.text
    stored = client.ai.get_ai_agent_app(app_id)
    assert stored["name"] == "Support App v2" and stored["workflow_name"] == "support_app"
    assert stored["instructions"] == "" and stored["folder_ids"] == []  # back to the defaults


def test_the_sdk_update_keeps_omitted_fields(client: ImbraceClient) -> None:
    app_id = make_agent(client)
    updated = client.ai.update_ai_agent_app(app_id, {"name": "Support App v2"})
    assert updated["name"] == "Support App v2"
    assert updated["instructions"] == "Be kind." and updated["folder_ids"] == ["f1"]


# -- Parquet names with a slash ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "path", ["/ai-agent/parquet/exports%2Fusers.parquet", "/ai-agent/parquet/exports/users.parquet"]
)
def test_parquet_name_with_a_slash_encoded_or_raw(
    client: ImbraceClient, raw: httpx.Client, path: str
) -> None:
    client.ai_agent.generate_parquet([{"a": 1}], file_name="users", folder_name="exports")
    reply = raw.delete(path)
    assert reply.status_code == 200 and reply.json()["name"] == "exports/users.parquet"
    assert client.ai_agent.list_parquet_files()["data"] == []
    assert raw.delete(path).status_code == 404  # gone


def test_sdk_deletes_a_parquet_name_with_a_slash(client: ImbraceClient) -> None:
    client.ai_agent.generate_parquet([{"a": 1}], file_name="users", folder_name="exports")
    assert client.ai_agent.delete_parquet_file("exports/users.parquet")["name"] == "exports/users.parquet"


# -- chat messages in the AI SDK's UIMessage form --------------------------------------------------------
def ui_message(text: str) -> dict[str, object]:
    return {"id": str(uuid.uuid4()), "role": "user", "parts": [{"type": "text", "text": text}]}


def test_stream_chat_with_ui_messages(client: ImbraceClient) -> None:
    session = str(uuid.uuid4())
    body = {"id": session, "assistant_id": DEMO_ASSISTANT_ID, "messages": [ui_message("Where is my order?")]}
    text = "".join(client.ai_agent.stream_chat_text(body))
    assert "Where is my order?" in text
    history = client.ai_agent.list_client_messages(session)["data"]
    assert [m["content"] for m in history if m["role"] == "user"] == ["Where is my order?"]


def test_docs_and_ui_message_forms_mix(client: ImbraceClient) -> None:
    messages = [
        {"role": "user", "content": "first"},
        {"role": "assistant", "content": "ok"},
        ui_message("next"),
    ]
    body = {"assistant_id": DEMO_ASSISTANT_ID, "messages": messages}
    assert "next" in "".join(client.ai_agent.stream_chat_text(body))


def test_sdk_checks_ui_message_parts_before_sending(client: ImbraceClient) -> None:
    bad = {"id": "m1", "role": "user", "parts": [{"text": "no type"}]}
    with pytest.raises(InvalidRequestError, match=r"parts\[0\]\.type"):
        list(client.ai_agent.stream_chat_text({"assistant_id": DEMO_ASSISTANT_ID, "messages": [bad]}))


def test_mock_refuses_a_user_message_without_text(raw: httpx.Client) -> None:
    body = {"id": str(uuid.uuid4()), "assistant_id": DEMO_ASSISTANT_ID, "messages": [{"role": "user"}]}
    reply = raw.post("/ai-agent/v2/chat", json=body)
    assert reply.status_code == 400 and "no text" in reply.json()["message"]
