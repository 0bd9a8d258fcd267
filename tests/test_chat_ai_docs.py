"""The docs' Python snippets for ``client.chat_ai`` (AI Agent page) and Full Flow Guide §1-§3 updates,
run as written (ids filled in) against the mock."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from imbrace import ImbraceClient
from imbrace.testing import DEMO_ASSISTANT_ID, MockServer


@pytest.fixture
def report_pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\nQuarterly revenue grew 12 percent\n%%EOF\n")
    return path


def test_docs_ai_agent_crud_snippet(client: ImbraceClient) -> None:
    # List all AI agents
    agents = client.chat_ai.list_ai_agents()
    # List sub-agents (agents that can be delegated to by an orchestrator)
    sub_agents = client.chat_ai.list_ai_agent_sub_agents()
    # Get a single AI agent
    agent = client.chat_ai.get_ai_agent(DEMO_ASSISTANT_ID)
    created = client.chat_ai.create_ai_agent(
        {
            "name": "Support Bot",
            "workflow_name": "support_bot_v1",
            "provider_id": "system",
            "model_id": "Default",
            "streaming": True,
            "description": "Handles tier-1 support queries",
        }
    )
    # Update
    updated = client.chat_ai.update_ai_agent(
        created["id"],
        {
            "name": "Support Bot v2",
            "workflow_name": "support_bot_v1",
        },
    )
    # Update only the system instructions
    client.chat_ai.update_ai_agent_instructions(
        created["id"],
        "You are a helpful support agent.",
    )
    client.chat_ai.delete_ai_agent(created["id"])

    assert all(a["id"] for a in agents["data"])
    assert len(sub_agents.data) >= 1
    assert agent["id"] == DEMO_ASSISTANT_ID
    assert updated["name"] == "Support Bot v2"
    assert updated["description"] == "Handles tier-1 support queries"  # kept by the partial update
    assert updated["streaming"] is True
    assert created["id"] not in {a["id"] for a in client.chat_ai.list_ai_agents()["data"]}


def test_docs_completion_snippet_in_chat_ai_section(client: ImbraceClient) -> None:
    from imbrace.types.ai import CompletionInput, CompletionMessage

    response = client.ai.complete(
        CompletionInput(
            model="gpt-4o",
            messages=[
                CompletionMessage(role="system", content="You are a helpful CRM assistant."),
                CompletionMessage(role="user", content="Summarize this customer note: ..."),
            ],
        )
    )
    print(response.choices[0].message.content)
    assert "Summarize this customer note" in (response.choices[0].message.content or "")


def test_docs_document_models_snippet(client: ImbraceClient) -> None:
    client.ai.create_provider({"name": "Docs", "type": "openai", "api_key": "sk-x", "base_url": "https://x"})
    models = client.chat_ai.list_document_models()
    assert [m["name"] for m in models] == ["Docs"]


def test_docs_file_extraction_snippet(client: ImbraceClient, report_pdf: Path) -> None:
    asst_abc = DEMO_ASSISTANT_ID
    # Upload an agent-specific file
    uploaded = client.chat_ai.upload_agent_file(files={"file": open("report.pdf", "rb")}, agent_id=asst_abc)  # noqa: SIM115
    # Extract content from an uploaded file
    extracted = client.chat_ai.extract_file(files={"file": open("report.pdf", "rb")})  # noqa: SIM115

    assert uploaded["_id"] and uploaded["name"] == "report.pdf" and uploaded["agent_id"] == asst_abc
    assert uploaded["size"] == report_pdf.stat().st_size
    assert "Quarterly revenue grew 12 percent" in extracted["content"]


def _print_stream(response: object) -> None:
    # Full Flow §1, "Stream a chat response", as written.
    for line in response.iter_lines():  # type: ignore[attr-defined]
        if isinstance(line, bytes):
            line = line.decode()
        if not line.startswith("data: "):
            continue
        data = line[6:].strip()
        if data and data != "[DONE]":
            try:
                chunk = json.loads(data)
                print(chunk.get("delta") or chunk.get("content") or "", end="")
            except Exception:
                pass


def test_full_flow_section_1(imbrace_mock: MockServer, capsys: pytest.CaptureFixture[str]) -> None:
    from imbrace import ImbraceClient

    client = ImbraceClient(base_url=imbrace_mock.url, access_token="acc_your_token")
    assistant = client.chat_ai.create_assistant(
        {
            "name": "Support Bot",
            "workflow_name": "support_bot_v1",
            "description": "Handles tier-1 customer support queries",
            "instructions": "You are a helpful support agent. Be concise and friendly.",
            "provider_id": "system",  # use the org's default LLM provider
            "model_id": "gpt-4o",  # any model name the system provider exposes
        }
    )
    assistant_id = assistant["id"]
    print("Assistant created:", assistant_id)

    response = client.ai_agent.stream_chat(
        {
            "assistant_id": assistant_id,
            "organization_id": "org_your_org_id",
            "messages": [{"role": "user", "content": "How do I reset my password?"}],
        }
    )
    _print_stream(response)

    session_id = str(uuid.uuid4())
    # First message
    client.ai_agent.stream_chat(
        {
            "assistant_id": assistant_id,
            "organization_id": "org_your_org_id",
            "id": session_id,
            "messages": [{"role": "user", "content": "What's your refund policy?"}],
        }
    )
    # Follow-up — same session, assistant remembers context
    client.ai_agent.stream_chat(
        {
            "assistant_id": assistant_id,
            "organization_id": "org_your_org_id",
            "id": session_id,
            "messages": [{"role": "user", "content": "How long does it take?"}],
        }
    )
    assert capsys.readouterr().out.startswith(f"Assistant created: {assistant_id}")
    # Without "streaming": True the reply is text/plain (pitfall 15); stream_chat_text still yields it.
    text = "".join(
        client.ai_agent.stream_chat_text(
            {
                "assistant_id": assistant_id,
                "id": session_id,
                "messages": [{"role": "user", "content": "And?"}],
            }
        )
    )
    assert "this is turn 3" in text
    client.close()


def test_full_flow_update_assistant_snippets(client: ImbraceClient) -> None:
    assistant = client.chat_ai.create_assistant(
        {
            "name": "Support Bot",
            "workflow_name": "support_bot_v1",
            "provider_id": "system",
            "model_id": "gpt-4o",
            "instructions": "Be brief.",
        }
    )
    assistant_id = assistant["id"]
    flow = {"id": "flow_123"}
    folder = {"_id": "folder_123"}
    # §2 Bind the flow to your assistant
    client.chat_ai.update_assistant(
        assistant_id,
        {
            "name": "Support Bot",
            "workflow_name": "support_bot_v1",
            "workflow_function_call": [{"flow_id": flow["id"], "description": "Update CRM on new lead"}],
        },
    )
    # §3 Attach the folder to the assistant
    client.chat_ai.update_assistant(
        assistant_id,
        {
            "name": "Support Bot",
            "workflow_name": "support_bot_v1",
            "folder_ids": [folder["_id"]],
            # "board_ids": [board_id],  # optional: attach a CRM data-board too
        },
    )
    stored = client.chat_ai.get_ai_agent(assistant_id)
    assert stored["folder_ids"] == ["folder_123"]
    assert stored["workflow_function_call"][0]["flow_id"] == "flow_123"  # not wiped by the second update
    assert stored["instructions"] == "Be brief."
    assert stored["model_id"] == "gpt-4o"


def test_demo_section_1_creates_a_streaming_assistant(
    client: ImbraceClient, imbrace_mock: MockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "examples" / "full_flow_guide.py"
    spec = importlib.util.spec_from_file_location("full_flow_guide", path)
    assert spec is not None and spec.loader is not None
    demo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(demo)
    assistant_id = demo.section_1_chat(client, "org_demo")
    assert client.chat_ai.get_ai_agent(assistant_id)["streaming"] is True
    assert imbrace_mock.store.effects["create_ai_agent_app"] == 1
    assert "this is turn 2" in capsys.readouterr().out
