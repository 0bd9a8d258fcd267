"""Agents through chat_ai and ai against the stateful mock: names, files, validation, chatting right away."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from imbrace import (
    AsyncImbraceClient,
    ConflictError,
    ImbraceClient,
    InvalidRequestError,
    PayloadTooLargeError,
)
from imbrace.testing import DEMO_ASSISTANT_ID, MockServer

BOT = {"name": "Support Bot", "workflow_name": "support_bot_v1"}


def test_workflow_name_is_unique_but_keeping_it_is_no_conflict(client: ImbraceClient) -> None:
    created = client.chat_ai.create_ai_agent(BOT)
    assert client.ai.check_ai_agent_name("support_bot_v1")["available"] is False
    assert client.ai.check_ai_agent_name("support_bot_v2")["available"] is True
    with pytest.raises(ConflictError):
        client.chat_ai.create_ai_agent({"name": "Other", "workflow_name": "support_bot_v1"})
    # Full Flow §2/§3 set the same workflow_name again: not a conflict (pitfall 17).
    client.chat_ai.update_assistant(created["id"], {**BOT, "board_ids": ["board_1"]})
    other = client.chat_ai.create_ai_agent({"name": "Other", "workflow_name": "other_v1"})
    with pytest.raises(ConflictError):
        client.chat_ai.update_ai_agent(other["id"], {"workflow_name": "support_bot_v1"})


def test_knowledge_hubs_is_accepted_with_a_deprecation_warning(client: ImbraceClient) -> None:
    created = client.chat_ai.create_ai_agent(BOT)
    with pytest.warns(DeprecationWarning, match="folder_ids"):
        updated = client.chat_ai.update_assistant(created["id"], {"knowledge_hubs": ["kh_1"]})
    assert updated["knowledge_hubs"] == ["kh_1"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client.chat_ai.update_assistant(created["id"], {"folder_ids": ["f1"]})


def test_sub_agent_objects_become_ids_and_team_leads_are_not_written_back(client: ImbraceClient) -> None:
    lead = client.chat_ai.create_ai_agent(
        {"name": "Lead", "workflow_name": "lead", "agent_type": "team_lead"}
    )
    updated = client.chat_ai.update_ai_agent(
        lead["id"], {"sub_agents": [{"assistant_id": DEMO_ASSISTANT_ID, "name": "Demo"}]}
    )
    assert updated["sub_agents"] == [DEMO_ASSISTANT_ID] and updated["agent_type"] == "team_lead"
    assert DEMO_ASSISTANT_ID in {a["id"] for a in client.chat_ai.list_ai_agent_sub_agents()["data"]}
    assert lead["id"] not in {a["id"] for a in client.ai.list_agents()["data"]}


@pytest.mark.parametrize(("streaming", "content_type"), [(True, "text/event-stream"), (False, "text/plain")])
def test_an_agent_created_here_chats_right_away(
    client: ImbraceClient, streaming: bool, content_type: str
) -> None:
    body: dict[str, Any] = {**BOT}
    if streaming:
        body["streaming"] = True
    agent = client.chat_ai.create_ai_agent(body)
    chat = {"assistant_id": agent["id"], "messages": [{"role": "user", "content": "Hello?"}]}
    with client.ai_agent.stream_chat(chat) as response:
        assert response.headers["content-type"].startswith(content_type)
    text = "".join(client.ai_agent.stream_chat_text(chat))
    assert "I am Support Bot" in text


@pytest.mark.parametrize(
    ("call", "param"),
    [
        (lambda c: c.chat_ai.create_ai_agent({"name": "x"}), "body.workflow_name"),
        (lambda c: c.chat_ai.create_ai_agent({"name": 3, "workflow_name": "w"}), "body.name"),
        (lambda c: c.chat_ai.create_ai_agent(["not", "a", "dict"]), "body"),
        (lambda c: c.chat_ai.update_ai_agent("a1", {"streaming": "yes"}), "body.streaming"),
        (lambda c: c.chat_ai.update_ai_agent("a1", {"colour": "red"}), "body"),
        (lambda c: c.chat_ai.update_ai_agent("", {"name": "x"}), "id"),
        (lambda c: c.chat_ai.get_ai_agent(""), "agent_id"),  # the Python name of the path's `id`
        (lambda c: c.chat_ai.delete_ai_agent(" "), "id"),
        (lambda c: c.chat_ai.update_ai_agent_instructions("a1", 42), "body.instructions"),
        (
            lambda c: c.chat_ai.update_assistant("a1", {"workflow_function_call": [{"description": "x"}]}),
            "body.workflow_function_call[0].flow_id",
        ),
        (lambda c: c.ai.check_ai_agent_name(""), "name"),
        (lambda c: c.ai.create_provider({"name": "p"}), "body.type"),
        (lambda c: c.ai.create_guardrail({"name": "g", "model": "m"}), "body.instructions"),
        (lambda c: c.ai.test_guardrail_provider("p1", {}), "body.prompt"),
        (lambda c: c.ai.verify_tool_server({}), "body.url"),
        (lambda c: c.ai.complete({"model": "gpt-4o", "messages": []}), "body.messages"),
        (
            lambda c: c.ai.complete({"model": "gpt-4o", "messages": [{"role": "robot", "content": "x"}]}),
            "body.messages[0].role",
        ),
        (lambda c: c.ai.stream({"messages": [{"role": "user", "content": "x"}]}), "body.model"),
        (lambda c: c.ai.embed({"model": "m"}), "body.input"),
        (lambda c: c.ai.embed(42), "input"),
        (lambda c: c.ai.upload_rag_file(files=None), "files"),
        (lambda c: c.chat_ai.extract_file(files={"other": b"x"}), "files['file']"),
        (lambda c: c.chat_ai.upload_agent_file(files="/no/such/file.pdf", agent_id="a1"), "files"),
    ],
)
def test_bad_input_names_the_field_and_sends_nothing(httpserver: HTTPServer, call: Any, param: str) -> None:
    with (
        ImbraceClient(base_url=httpserver.url_for("").rstrip("/"), api_key="k", max_retries=0) as client,
        pytest.raises(InvalidRequestError) as err,
    ):
        call(client)
    assert err.value.param.startswith(param), err.value
    assert httpserver.log == []


def test_uploads_accept_a_path_and_a_tuple(client: ImbraceClient, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("plain notes")
    by_path = client.chat_ai.upload_agent_file(files=path, agent_id=DEMO_ASSISTANT_ID)
    by_tuple = client.chat_ai.extract_file(files=("notes.txt", b"tuple notes", "text/plain"))
    rag = client.ai.upload_rag_file(files=str(path))
    assert (by_path["name"], by_path["size"]) == ("notes.txt", 11)
    assert by_tuple["content"] == "tuple notes"
    assert rag["name"] == "notes.txt"


@pytest.mark.imbrace_mock(max_upload_bytes=1024)
def test_an_upload_over_the_mock_limit_gets_413(client: ImbraceClient, tmp_path: Path) -> None:
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 4096)
    with pytest.raises(PayloadTooLargeError):
        client.ai.upload_rag_file(files={"file": big.open("rb")})
    assert client.ai.list_rag_files()["total"] == 0


async def test_async_agent_lifecycle(aclient: AsyncImbraceClient, imbrace_mock: MockServer) -> None:
    created = await aclient.chat_ai.create_ai_agent({**BOT, "instructions": "Hi."})
    await aclient.chat_ai.update_ai_agent(created["id"], {"description": "d"})
    await aclient.chat_ai.update_ai_agent_instructions(created["id"], "New.")
    app = await aclient.ai.update_ai_agent_app(created["id"], {"name": "Renamed"})
    await aclient.ai.update_ai_agent_workflow(created["id"], {"workflow": {"steps": []}})
    agent = await aclient.ai.get_ai_agent(created["id"])
    assert (agent["name"], agent["description"], agent["instructions"]) == ("Renamed", "d", "New.")
    assert app["model_id"] == "Default" and agent["workflow"]["steps"] == []
    assert (await aclient.ai.check_ai_agent_name("support_bot_v1"))["available"] is False
    assert len((await aclient.chat_ai.list_ai_agents())["data"]) == 3
    assert len((await aclient.ai.list_ai_agent_apps())["data"]) == 3
    assert (await aclient.chat_ai.list_ai_agent_sub_agents())["total"] == 3
    assert (await aclient.ai.list_agents())["total"] == 3
    assert (await aclient.chat_ai.get_ai_agent(created["id"]))["_id"] == created["id"]
    assert (await aclient.ai.get_ai_agent_app(created["id"]))["id"] == created["id"]
    await aclient.ai.patch_instructions(created["id"], {"instructions": "P."})
    files = {"file": ("a.txt", b"abc", "text/plain")}
    assert (await aclient.chat_ai.upload_agent_file(files=files, agent_id=created["id"]))["size"] == 3
    assert (await aclient.chat_ai.extract_file(files=files))["content"] == "abc"
    await aclient.chat_ai.delete_ai_agent(created["id"])
    app2 = await aclient.ai.create_ai_agent_app({"name": "X", "workflow_name": "x"})
    assert (
        await aclient.chat_ai.create_assistant(
            {"name": "Y", "workflow_name": "y", "provider_id": "system", "model_id": "Default"}
        )
    )["id"]
    await aclient.ai.delete_ai_agent_app(app2["_id"])
    assert imbrace_mock.store.effects["delete_ai_agent_app"] == 2
