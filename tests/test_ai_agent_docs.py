"""Every Python snippet of the ai_agent sections of the AI Agent docs (000), run against the mock.

Snippets are copied verbatim; only placeholder ids are filled in (from earlier results), as the docs intend.
Calls the docs make on objects they deleted just before raise typed 404s (doc-pitfall 14).
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from pathlib import Path

import pytest

from imbrace import AsyncImbraceClient, ImbraceClient, NotFoundError
from imbrace.testing import DEMO_ASSISTANT_ID, DEMO_ORGANIZATION_ID


def new_chat(client: ImbraceClient, user_id: str = "user_xxx", org: str = "org_abc") -> str:
    chat_id = str(uuid.uuid4())
    client.ai_agent.create_client_chat(
        {
            "id": chat_id,
            "assistantId": DEMO_ASSISTANT_ID,
            "organizationId": org,
            "userId": user_id,
            "message": {"id": f"m_{chat_id[:8]}", "role": "user", "content": "Hi there"},
        }
    )
    return chat_id


def test_sub_agent_snippet(client: ImbraceClient) -> None:
    res = client.ai_agent.stream_sub_agent_chat(
        {
            "assistant_id": DEMO_ASSISTANT_ID,
            "session_id": "sess_xyz",
            "chat_id": "chat_id",
            "messages": [{"role": "user", "content": "Explain the data."}],
        }
    )

    history = client.ai_agent.get_sub_agent_history(
        session_id="sess_xyz",
        chat_id="chat_id",
    )
    assert "text-delta" in res.text
    assert [m["role"] for m in history["messages"]] == ["user", "assistant"]


@pytest.mark.reads_seeded_data
def test_prompt_suggestions_snippet(client: ImbraceClient) -> None:
    suggestions = client.ai_agent.get_agent_prompt_suggestion(DEMO_ASSISTANT_ID)
    assert suggestions["suggestions"]


def test_embeddings_snippet(client: ImbraceClient) -> None:
    with pytest.warns(DeprecationWarning):
        # Trigger embedding processing for an uploaded file
        client.ai_agent.process_embedding("file_abc")

        # With optional processing options
        client.ai_agent.process_embedding("file_abc", options={"chunk_size": 512})

        # List and inspect embedding files
        files = client.ai_agent.list_embedding_files(page=1, limit=20)
        file = client.ai_agent.get_embedding_file("file_abc")
        preview = client.ai_agent.preview_embedding_file(file_id="file_abc")

        # Update status and delete
        client.ai_agent.update_embedding_file_status("file_abc", "active")
        client.ai_agent.delete_embedding_file("file_abc")

        # Classify a file for RAG categorization
        classification = client.ai_agent.classify_file(file_id="file_abc")
    assert files["data"][0]["file_id"] == file["file_id"] == preview["file_id"] == "file_abc"
    assert classification["category"]


@pytest.mark.reads_seeded_data
def test_data_board_snippet(client: ImbraceClient) -> None:
    result = client.ai_agent.suggest_field_types(
        file_urls=[
            "https://cdn.imbrace.co/docs/invoice-1.pdf",
            "https://cdn.imbrace.co/docs/invoice-2.pdf",
        ],
    )
    # result["fields"][i]["suggestedType"] → "datetime" | "number" | "boolean" | ...
    assert {f["suggestedType"] for f in result["fields"]} >= {"datetime", "number", "boolean"}


def test_parquet_snippet(client: ImbraceClient) -> None:
    result = client.ai_agent.generate_parquet(
        data=[{"id": 1, "name": "Alice"}, {"id": 2, "name": "Bob"}],
        file_name="users",
        folder_name="exports",
    )

    files = client.ai_agent.list_parquet_files()
    client.ai_agent.delete_parquet_file("exports/users.parquet")
    assert result["name"] == files["data"][0]["name"] == "exports/users.parquet"
    assert client.ai_agent.list_parquet_files()["data"] == []


@pytest.mark.reads_seeded_data
def test_tracing_snippet(client: ImbraceClient) -> None:
    # List recent traces
    traces = client.ai_agent.get_traces(
        service="ai-agent",
        limit=50,
        time_range=3600,  # seconds
        org_id=DEMO_ORGANIZATION_ID,
        details=True,
    )

    # Inspect a single trace
    trace = client.ai_agent.get_trace(traces["traces"][0]["traceID"])

    # Enumerate services, tags, and tag values
    services = client.ai_agent.get_trace_services()
    tags = client.ai_agent.get_trace_tags()
    values = client.ai_agent.get_trace_tag_values("http.status_code")

    # TraceQL search
    results = client.ai_agent.search_traceql('{ .service.name = "ai-agent" && .http.status = 500 }')
    assert trace["spans"] and "ai-agent" in services["services"]
    assert "http.status_code" in tags["tagNames"] and "500" in values["tagValues"]
    assert len(results["traces"]) == 1


def test_chat_client_auth_snippet(client: ImbraceClient) -> None:
    client.ai_agent.verify_chat_client_credentials({"token": "tok_xxx"})
    client.ai_agent.register_chat_client({"name": "web-app", "secret": "s3cr3t"})
    user = client.ai_agent.get_chat_client_user({"token": "tok_xxx"})
    assert user["id"]
    again = client.ai_agent.register_chat_client({"name": "web-app", "secret": "s3cr3t"})  # not a conflict
    assert again["name"] == "web-app"


def test_chats_snippet(client: ImbraceClient) -> None:
    client.ai_agent.create_client_chat(
        {
            "id": "chat_uuid",
            "assistantId": "asst_abc",
            "organizationId": "org_abc",
            "userId": "user_xxx",
            "selectedVisibilityType": "private",
            "message": {
                "id": "msg_uuid",
                "role": "user",
                "content": "Hello!",
                "createdAt": datetime.now(timezone.utc).isoformat(),  # noqa: UP017 (verbatim)
                "parts": [{"type": "text", "text": "Hello!"}],
            },
        }
    )

    # List, read, update, delete
    chats = client.ai_agent.list_client_chats(organization_id="org_abc", limit=20)
    chat = client.ai_agent.get_client_chat("chat_uuid")
    client.ai_agent.update_client_chat("chat_uuid", {"visibility": "private"})
    client.ai_agent.delete_client_chat("chat_uuid")
    client.ai_agent.delete_all_client_chats("org_abc")
    assert chats["data"][0]["id"] == chat["id"] == "chat_uuid"

    # The docs then title and watch the chat they just deleted: typed 404s.
    with pytest.raises(NotFoundError):
        client.ai_agent.generate_client_chat_title("chat_uuid")
    with pytest.raises(NotFoundError):
        client.ai_agent.stream_client_chat_status("chat_uuid")


def test_chat_title_and_status_snippet_on_a_live_chat(client: ImbraceClient) -> None:
    chat_id = new_chat(client)
    # Auto-generate a title for the chat
    client.ai_agent.generate_client_chat_title(chat_id)

    # Stream real-time chat status as SSE — returns raw httpx.Response
    status_stream = client.ai_agent.stream_client_chat_status(chat_id)
    with status_stream:
        assert [e.json()["status"] for e in status_stream.iter_events()] == ["streaming", "idle"]
    assert client.ai_agent.get_client_chat(chat_id)["title"] == "Hi there"


def test_messages_and_votes_snippets(client: ImbraceClient) -> None:
    chat_id = new_chat(client)
    message = client.ai_agent.persist_client_message({"chatId": chat_id, "content": "Hello"})
    messages = client.ai_agent.list_client_messages(chat_id)
    client.ai_agent.delete_trailing_messages(message["id"])
    assert [m["content"] for m in messages["data"]] == ["Hi there", "Hello"]
    assert [m["content"] for m in client.ai_agent.list_client_messages(chat_id)["data"]] == ["Hi there"]

    msg_id = messages["data"][0]["id"]
    votes = client.ai_agent.get_votes(chat_id)
    client.ai_agent.update_vote({"messageId": msg_id, "vote": "up"})
    assert votes["data"] == []
    assert client.ai_agent.get_votes(chat_id)["data"][0]["vote"] == "up"


def test_documents_snippet(client: ImbraceClient) -> None:
    client.ai_agent.create_document({"kind": "text", "content": "Draft..."})
    doc_id = client.ai_agent.get_document_latest_by_kind(kind="text")["id"]

    doc = client.ai_agent.get_document(doc_id)
    latest = client.ai_agent.get_document_latest(doc_id)
    pub = client.ai_agent.get_document_public(doc_id)
    by_kind = client.ai_agent.get_document_latest_by_kind(kind="text")
    suggestion = client.ai_agent.get_document_suggestions(doc_id)

    client.ai_agent.delete_document(doc_id)
    assert doc["content"] == latest["content"] == pub["content"] == by_kind["content"] == "Draft..."
    assert "data" in suggestion
    with pytest.raises(NotFoundError):
        client.ai_agent.get_document(doc_id)


@pytest.mark.reads_seeded_data
def test_service_info_snippet(client: ImbraceClient) -> None:
    config = client.ai_agent.get_config()
    health = client.ai_agent.get_health()  # summary
    details = client.ai_agent.get_health(detailed=True)  # detailed
    version = client.ai_agent.get_version()
    assert config and health["status"] == "ok" and "checks" in details and version["version"]


def test_admin_guides_snippet(client: ImbraceClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    guides = client.ai_agent.list_admin_guides()

    # Download a specific guide — returns raw httpx.Response
    response = client.ai_agent.get_admin_guide("onboarding.pdf")
    with open("onboarding.pdf", "wb") as f:
        f.write(response.content)
    assert "onboarding.pdf" in [g["filename"] for g in guides["data"]]
    assert (tmp_path / "onboarding.pdf").read_bytes().startswith(b"%PDF-")


def test_legacy_v1_snippet(client: ImbraceClient) -> None:
    chat_id = new_chat(client, user_id="user_123")
    new_chat(client, user_id="someone_else")
    chats = client.ai_agent.list_chats(
        organization_id="org_abc",
        user_id="user_123",
        limit=20,
    )

    chat = client.ai_agent.get_chat(chat_id, include_messages=True)

    client.ai_agent.delete_chat(
        chat_id,
        organization_id="org_abc",
        user_id="user_123",
    )
    assert [c["id"] for c in chats] == [chat_id]
    assert [m["content"] for m in chat["messages"]] == ["Hi there"]
    with pytest.raises(NotFoundError):
        client.ai_agent.get_chat(chat_id)


# -- async equivalents of a representative subset ----------------------------------------------------
async def test_async_chats_messages_votes(aclient: AsyncImbraceClient) -> None:
    ai = aclient.ai_agent
    await ai.create_client_chat(
        {"id": "chat_uuid", "organizationId": "org_abc", "userId": "user_xxx",
         "message": {"id": "msg_uuid", "role": "user", "content": "Hello!"}}
    )  # fmt: skip
    chats = await ai.list_client_chats(organization_id="org_abc", limit=20)
    await ai.update_client_chat("chat_uuid", {"visibility": "public"})
    message = await ai.persist_client_message({"chatId": "chat_uuid", "content": "Hello"})
    await ai.update_vote({"messageId": message["id"], "vote": "down"})
    votes = await ai.get_votes("chat_uuid")
    await ai.generate_client_chat_title("chat_uuid")
    status_stream = await ai.stream_client_chat_status("chat_uuid")
    async with status_stream:
        statuses = [e.json()["status"] async for e in status_stream.aiter_events()]
    assert [m["id"] for m in await ai.delete_trailing_messages(message["id"])] == [message["id"]]
    assert (await ai.delete_client_chat("chat_uuid"))["id"] == "chat_uuid"  # the deleted chat
    assert chats["data"][0]["id"] == "chat_uuid"
    assert votes["data"][0]["vote"] == "down" and statuses == ["streaming", "idle"]
    with pytest.raises(NotFoundError):
        await ai.generate_client_chat_title("chat_uuid")


async def test_async_tracing_guides_embeddings_and_sub_agent(
    aclient: AsyncImbraceClient, tmp_path: Path
) -> None:
    ai = aclient.ai_agent
    traces = await ai.get_traces(service="ai-agent", limit=50, time_range=3600, details=True)
    trace = await ai.get_trace(traces["traces"][0]["traceID"])
    values = await ai.get_trace_tag_values("http.status_code")
    assert trace["traceID"] and values["tagValues"]
    guides = await ai.list_admin_guides()
    response = await ai.get_admin_guide(guides["data"][0]["filename"])
    written = await response.write_to(tmp_path / "guide.pdf")
    assert written == (tmp_path / "guide.pdf").stat().st_size and written > 100
    with pytest.warns(DeprecationWarning, match="client.ai.upload_rag_file"):
        await ai.process_embedding("file_abc")
    res = await ai.stream_sub_agent_chat(
        {"assistant_id": DEMO_ASSISTANT_ID, "session_id": "s", "chat_id": "c",
         "messages": [{"role": "user", "content": "Explain the data."}]}
    )  # fmt: skip
    async with res:
        lines = [line async for line in res.aiter_lines() if line]
    history = await ai.get_sub_agent_history(session_id="s", chat_id="c")
    assert lines[-1] == "data: [DONE]" and len(history["messages"]) == 2


async def test_async_legacy_v1(aclient: AsyncImbraceClient) -> None:
    ai = aclient.ai_agent
    for user in ("user_123", "other"):
        await ai.create_client_chat(
            {"id": f"chat_{user}", "organizationId": "org_abc", "userId": user,
             "message": {"role": "user", "content": f"from {user}"}}
        )  # fmt: skip
    chats = await ai.list_chats(organization_id="org_abc", user_id="user_123", limit=20)
    chat = await ai.get_chat("chat_user_123", include_messages=True)
    await ai.delete_chat("chat_user_123", organization_id="org_abc", user_id="user_123")
    assert [c["id"] for c in chats] == ["chat_user_123"]
    assert [m["content"] for m in chat["messages"]] == ["from user_123"]
