"""The stateful behaviour of the ai_agent mock and SDK: pagination, versions, trailing deletes, shared chat
store, traces of served chats, retired-route warnings, legacy v1 semantics, typed 404s, early validation."""

from __future__ import annotations

import re
import uuid
import warnings

import httpx
import pytest

from imbrace import AsyncImbraceClient, ImbraceClient, InvalidRequestError, NotFoundError
from imbrace.resources.ai_agent import EMBEDDING_REPLACEMENTS
from imbrace.testing import DEMO_ASSISTANT_ID, DEMO_ORGANIZATION_ID, DEMO_USER_ID, MockServer


def make_chats(client: ImbraceClient, n: int, org: str = "org_p", user: str = "u1") -> list[str]:
    ids = [f"chat_{org}_{i:02d}" for i in range(n)]
    for chat_id in ids:
        message = {"role": "user", "content": f"message of {chat_id}"}
        client.ai_agent.create_client_chat(
            {"id": chat_id, "organizationId": org, "userId": user, "message": message}
        )
    return ids


# -- chats and pagination --------------------------------------------------------------------------
def test_iter_client_chats_follows_the_cursor_lazily(client: ImbraceClient, imbrace_mock: MockServer) -> None:
    ids = make_chats(client, 7)
    pages: list[int] = []  # the size of each page fetched, in order

    def count(response: httpx.Response) -> None:
        response.read()
        pages.append(len(response.json()["data"]))

    hooks = httpx.Client(event_hooks={"response": [count]})
    with ImbraceClient(base_url=imbrace_mock.url, api_key="api_test", http_client=hooks) as counted:
        chats = counted.ai_agent.iter_client_chats(organization_id="org_p", limit=3)
        assert next(chats)["id"] == ids[-1] and pages == [3]  # one page fetched so far
        assert [c["id"] for c in chats] == ids[-2::-1]
    assert pages == [3, 3, 1]


async def test_async_iter_client_chats(aclient: AsyncImbraceClient) -> None:
    for i in range(5):
        message = {"role": "user", "content": "hi"}
        await aclient.ai_agent.create_client_chat(
            {"id": f"a{i}", "organizationId": "org_a", "message": message}
        )
    seen = [c["id"] async for c in aclient.ai_agent.iter_client_chats(organization_id="org_a", limit=2)]
    assert seen == ["a4", "a3", "a2", "a1", "a0"]


def test_cursors_page_both_ways(client: ImbraceClient) -> None:
    ids = make_chats(client, 5)[::-1]  # newest first
    after = client.ai_agent.list_client_chats(organization_id="org_p", limit=2, starting_after=ids[1])
    before = client.ai_agent.list_client_chats(organization_id="org_p", limit=2, ending_before=ids[4])
    assert [c["id"] for c in after["data"]] == ids[2:4] and after["has_more"] is True
    assert [c["id"] for c in before["data"]] == ids[2:4] and before["has_more"] is True
    with pytest.raises(InvalidRequestError, match="ending_before"):
        client.ai_agent.list_client_chats(starting_after=ids[0], ending_before=ids[1])


def test_chats_are_scoped_by_organization_and_delete_all_only_hits_one(client: ImbraceClient) -> None:
    make_chats(client, 2, org="org_1")
    make_chats(client, 1, org="org_2")
    assert client.ai_agent.delete_all_client_chats("org_1")["deletedCount"] == 2
    assert client.ai_agent.list_client_chats(organization_id="org_1")["data"] == []
    assert len(client.ai_agent.list_client_chats(organization_id="org_2")["data"]) == 1
    with pytest.raises(InvalidRequestError, match="organization_id"):
        client.ai_agent.delete_all_client_chats("")


def test_without_organization_id_only_the_callers_chats_are_listed(client: ImbraceClient) -> None:
    make_chats(client, 2, org="org_other")
    client.ai_agent.create_client_chat({"id": "mine", "message": {"role": "user", "content": "hi"}})
    listed = client.ai_agent.list_client_chats()["data"]
    assert [(c["id"], c["organizationId"]) for c in listed] == [("mine", DEMO_ORGANIZATION_ID)]


def test_a_v2_chat_turn_shows_up_in_the_chat_client_store_and_in_traces(client: ImbraceClient) -> None:
    session = str(uuid.uuid4())
    body = {
        "id": session,
        "assistant_id": DEMO_ASSISTANT_ID,
        "messages": [{"role": "user", "content": "Hello"}],
    }
    reply = "".join(client.ai_agent.stream_chat_text(body))
    messages = client.ai_agent.list_client_messages(session)["data"]
    assert [(m["role"], m["content"]) for m in messages] == [("user", "Hello"), ("assistant", reply)]
    chat = client.ai_agent.get_client_chat(session)
    assert chat["assistantId"] == DEMO_ASSISTANT_ID and chat["userId"] == DEMO_USER_ID
    found = client.ai_agent.search_traceql(f'{{ .chat.id = "{session}" }}')["traces"]
    assert len(found) == 1
    trace = client.ai_agent.get_trace(found[0]["traceID"])
    assert trace["spans"][0]["attributes"]["assistant.id"] == DEMO_ASSISTANT_ID
    recent = client.ai_agent.get_traces(org_id=DEMO_ORGANIZATION_ID, limit=1)["traces"]
    assert recent[0]["traceID"] == found[0]["traceID"] and "spans" not in recent[0]


def test_a_streamed_reply_can_be_voted_on_by_its_stream_message_id(client: ImbraceClient) -> None:
    session = str(uuid.uuid4())
    body = {"id": session, "assistant_id": DEMO_ASSISTANT_ID, "messages": [{"role": "user", "content": "Hi"}]}
    start = next(e for e in client.ai_agent.stream_chat_events(body) if e["type"] == "start")
    client.ai_agent.update_vote({"messageId": start["messageId"], "vote": "up"})
    assert client.ai_agent.get_votes(session)["data"][0]["chatId"] == session


def test_deleting_a_chat_resets_its_v2_session(client: ImbraceClient) -> None:
    session = str(uuid.uuid4())
    body = {"id": session, "assistant_id": DEMO_ASSISTANT_ID, "messages": [{"role": "user", "content": "Hi"}]}
    first = "".join(client.ai_agent.stream_chat_text(body))
    client.ai_agent.delete_client_chat(session)
    assert "".join(client.ai_agent.stream_chat_text(body)) == first  # turn 1 again: the history went with it


def test_delete_trailing_messages_deletes_that_message_and_later_ones(client: ImbraceClient) -> None:
    client.ai_agent.create_client_chat({"id": "c", "message": {"id": "m0", "role": "user", "content": "0"}})
    for i in range(1, 4):
        client.ai_agent.persist_client_message({"chatId": "c", "id": f"m{i}", "content": str(i)})
    client.ai_agent.update_vote({"messageId": "m2", "vote": "up"})
    client.ai_agent.delete_trailing_messages("m2")
    assert [m["id"] for m in client.ai_agent.list_client_messages("c")["data"]] == ["m0", "m1"]
    assert client.ai_agent.get_votes("c")["data"] == []
    with pytest.raises(NotFoundError):
        client.ai_agent.delete_trailing_messages("m2")


def test_votes_need_only_the_message_id_and_are_validated(client: ImbraceClient) -> None:
    client.ai_agent.create_client_chat({"id": "c", "message": {"id": "m0", "role": "user", "content": "0"}})
    client.ai_agent.update_vote({"messageId": "m0", "vote": "up"})
    client.ai_agent.update_vote({"messageId": "m0", "vote": "down"})
    assert [v["vote"] for v in client.ai_agent.get_votes("c")["data"]] == ["down"]
    with pytest.raises(InvalidRequestError, match="vote"):
        client.ai_agent.update_vote({"messageId": "m0", "vote": "sideways"})
    with pytest.raises(NotFoundError):
        client.ai_agent.update_vote({"messageId": "nope", "vote": "up"})


def test_title_comes_from_the_first_user_message(client: ImbraceClient) -> None:
    text = "Plan a three day trip to Kyoto in spring please"
    client.ai_agent.create_client_chat({"id": "c", "message": {"role": "user", "content": text}})
    assert client.ai_agent.generate_client_chat_title("c")["title"] == "Plan a three day trip to …"


def test_calls_on_deleted_or_unknown_objects_are_typed_404s(client: ImbraceClient) -> None:
    for call in (
        lambda: client.ai_agent.get_client_chat("nope"),
        lambda: client.ai_agent.list_client_messages("nope"),
        lambda: client.ai_agent.get_votes("nope"),
        lambda: client.ai_agent.delete_client_chat("nope"),
        lambda: client.ai_agent.persist_client_message({"chatId": "nope", "content": "x"}),
        lambda: client.ai_agent.get_document_latest("nope"),
        lambda: client.ai_agent.get_trace("0" * 32),
        lambda: client.ai_agent.get_admin_guide("missing.pdf"),
        lambda: client.ai_agent.delete_parquet_file("exports/missing.parquet"),
        lambda: client.ai_agent.get_agent_prompt_suggestion("no_such_assistant"),
    ):
        with pytest.raises(NotFoundError):
            call()


# -- documents -----------------------------------------------------------------------------------
def test_documents_are_versioned(client: ImbraceClient) -> None:
    first = client.ai_agent.create_document(
        {"id": "doc_1", "kind": "text", "title": "Plan", "content": "v one"}
    )
    second = client.ai_agent.create_document({"id": "doc_1", "kind": "text", "content": "v two"})
    client.ai_agent.create_document({"kind": "code", "content": "print(1)"})
    assert (first["version"], second["version"]) == (1, 2)
    doc = client.ai_agent.get_document("doc_1")
    assert [v["content"] for v in doc["versions"]] == ["v one", "v two"] and doc["content"] == "v two"
    assert client.ai_agent.get_document_latest("doc_1")["title"] == "Plan"
    assert "userId" not in client.ai_agent.get_document_public("doc_1")
    assert client.ai_agent.get_document_latest_by_kind(kind="code")["content"] == "print(1)"
    with pytest.raises(NotFoundError):
        client.ai_agent.get_document_latest_by_kind(kind="sheet")


# -- chat client auth --------------------------------------------------------------------------------
def test_registering_the_same_name_returns_the_same_client(client: ImbraceClient) -> None:
    a = client.ai_agent.register_chat_client({"name": "web-app", "secret": "s3cr3t"})
    b = client.ai_agent.register_chat_client({"name": "web-app", "secret": "s3cr3t"})
    assert a["id"] == b["id"]
    assert client.ai_agent.verify_chat_client_credentials({"token": "anything"})["valid"] is True
    with pytest.raises(InvalidRequestError, match="token"):
        client.ai_agent.verify_chat_client_credentials({})


# -- retired embedding routes ---------------------------------------------------------------------
def test_every_retired_embedding_method_warns_naming_its_replacement(client: ImbraceClient) -> None:
    ai = client.ai_agent
    calls = {
        "process_embedding": lambda: ai.process_embedding("f1", options={"chunk_size": 512}),
        "list_embedding_files": lambda: ai.list_embedding_files(page=1, limit=20),
        "get_embedding_file": lambda: ai.get_embedding_file("f1"),
        "preview_embedding_file": lambda: ai.preview_embedding_file(file_id="f1"),
        "update_embedding_file_status": lambda: ai.update_embedding_file_status("f1", "inactive"),
        "delete_embedding_file": lambda: ai.delete_embedding_file("f1"),
        "classify_file": lambda: ai.classify_file(file_id="f1"),
    }
    assert set(calls) == set(EMBEDDING_REPLACEMENTS)
    for name, call in calls.items():
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            call()
        (warning,) = caught
        assert warning.category is DeprecationWarning and warning.filename == __file__
        replacement = EMBEDDING_REPLACEMENTS[name]
        assert (replacement or "no replacement") in str(warning.message)


def test_classify_still_works_after_the_embedding_record_is_deleted(client: ImbraceClient) -> None:
    with pytest.warns(DeprecationWarning):
        client.ai_agent.process_embedding("f9")
        assert client.ai_agent.update_embedding_file_status("f9", "inactive")["status"] == "inactive"
        client.ai_agent.delete_embedding_file("f9")
        with pytest.raises(NotFoundError):
            client.ai_agent.get_embedding_file("f9")
        assert client.ai_agent.classify_file(file_id="f9")["file_id"] == "f9"


# -- data board, parquet, guides -------------------------------------------------------------------
def test_field_types_follow_the_extension_without_fetching(client: ImbraceClient) -> None:
    result = client.ai_agent.suggest_field_types(
        file_urls=["https://unreachable.invalid/a.PNG?sig=1", "https://unreachable.invalid/b.txt"]
    )
    types = {f["name"]: f["suggestedType"] for f in result["fields"]}
    assert types == {"merchant": "text", "purchase_date": "datetime", "total": "number", "content": "text"}
    with pytest.raises(InvalidRequestError, match="file_urls"):
        client.ai_agent.suggest_field_types(file_urls=[])


def test_generate_parquet_validates_rows_before_sending(client: ImbraceClient) -> None:
    with pytest.raises(InvalidRequestError, match="data"):
        client.ai_agent.generate_parquet({"id": 1})  # type: ignore[arg-type]
    result = client.ai_agent.generate_parquet([{"id": 1, "name": "A"}, {"id": 2, "x": True}])
    assert result["rows"] == 2 and result["columns"] == ["id", "name", "x"]
    assert result["name"].endswith(".parquet") and "/" not in result["name"]


def test_admin_guide_is_a_valid_pdf_and_streams_to_disk(client: ImbraceClient, tmp_path: object) -> None:
    from pathlib import Path

    target = Path(str(tmp_path)) / "g.pdf"
    response = client.ai_agent.get_admin_guide("onboarding.pdf")
    assert response.headers["content-type"] == "application/pdf"
    written = response.write_to(target)
    data = target.read_bytes()
    assert written == len(data)
    assert data.startswith(b"%PDF-1.") and data.rstrip().endswith(b"%%EOF")
    # Every xref offset points at its object, and startxref points at the xref table.
    startxref = int(re.findall(rb"startxref\n(\d+)", data)[-1])
    assert data[startxref:].startswith(b"xref")
    offsets = [int(o) for o in re.findall(rb"(\d{10}) 00000 n", data)]
    for number, offset in enumerate(offsets, start=1):
        assert data[offset:].startswith(b"%d 0 obj" % number)


# -- sub-agents and prompt suggestions -------------------------------------------------------------
def test_sub_agent_history_grows_per_chat(client: ImbraceClient) -> None:
    body = {"assistant_id": DEMO_ASSISTANT_ID, "session_id": "s", "chat_id": "c"}
    for text in ("one", "two"):
        with client.ai_agent.stream_sub_agent_chat({**body, "messages": [{"role": "user", "content": text}]}):
            pass
    history = client.ai_agent.get_sub_agent_history(session_id="s", chat_id="c")
    assert [m["content"] for m in history["messages"] if m["role"] == "user"] == ["one", "two"]
    assert client.ai_agent.get_sub_agent_history(session_id="s", chat_id="other")["messages"] == []


# -- legacy v1 chat --------------------------------------------------------------------------------
def test_list_chats_filters_by_user_across_pages_and_caps_at_limit(client: ImbraceClient) -> None:
    mine = make_chats(client, 3, org="org_l", user="user_123")
    make_chats(client, 0)
    for i in range(4):
        message = {"role": "user", "content": "x"}
        client.ai_agent.create_client_chat(
            {"id": f"o{i}", "organizationId": "org_l", "userId": "other", "message": message}
        )
    chats = client.ai_agent.list_chats(organization_id="org_l", user_id="user_123", limit=2)
    assert [c["id"] for c in chats] == mine[::-1][:2]
    assert len(client.ai_agent.list_chats(organization_id="org_l", limit=20)) == 7
    with pytest.raises(InvalidRequestError, match="limit"):
        client.ai_agent.list_chats(limit=0)


def test_get_chat_without_messages_does_not_fetch_them(client: ImbraceClient) -> None:
    make_chats(client, 1, org="org_g")
    chat = client.ai_agent.get_chat("chat_org_g_00")
    assert "messages" not in chat
    assert len(client.ai_agent.get_chat("chat_org_g_00", include_messages=True)["messages"]) == 1


def test_delete_chat_does_not_check_the_owner(client: ImbraceClient) -> None:
    """Nothing says the service checks whose chat it is, so the SDK does not either (issue 12)."""
    (chat_id,) = make_chats(client, 1, org="org_d", user="user_123")
    client.ai_agent.delete_chat(chat_id, organization_id="org_x", user_id="user_999")
    with pytest.raises(NotFoundError):
        client.ai_agent.delete_chat(chat_id)
