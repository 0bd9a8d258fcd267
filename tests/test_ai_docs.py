"""The docs' Python snippets for ``client.ai`` (AI Agent page), run as written (ids filled in)."""

from __future__ import annotations

from pathlib import Path

import pytest

from imbrace import ImbraceClient, NotFoundError
from imbrace.testing import DEMO_ASSISTANT_ID


def test_docs_completion_stream_and_embed_snippet(
    client: ImbraceClient, capsys: pytest.CaptureFixture[str]
) -> None:
    from imbrace.types.ai import CompletionInput, CompletionMessage, EmbeddingInput

    # Single completion
    response = client.ai.complete(
        CompletionInput(
            model="gpt-4o",
            messages=[
                CompletionMessage(role="system", content="You are a helpful CRM assistant."),
                CompletionMessage(role="user", content="Summarize this customer note: ..."),
            ],
            temperature=0.7,
        )
    )
    print(response.choices[0].message.content)

    # Streaming
    for chunk in client.ai.stream(
        CompletionInput(
            model="gpt-4o",
            messages=[CompletionMessage(role="user", content="Draft a follow-up email for this lead.")],
        )
    ):
        print(chunk.choices[0].delta.content or "", end="", flush=True)

    # Embeddings
    result = client.ai.embed(
        EmbeddingInput(
            model="text-embedding-ada-002",
            input=["customer complained about billing", "billing issue escalated"],
        )
    )
    out = capsys.readouterr().out
    assert "Summarize this customer note" in out
    assert "Draft a follow-up email for this lead." in out
    assert [len(e.embedding) for e in result.data] == [16, 16]


def test_docs_llm_models_snippet(client: ImbraceClient, capsys: pytest.CaptureFixture[str]) -> None:
    result = client.ai.get_llm_models()
    # result["data"] → [{name, is_toolCall_available, is_vision_available, is_support_thinking}]
    for model in result["data"]:
        print(model["name"], model.get("is_toolCall_available"))
    assert "gpt-4o True" in capsys.readouterr().out


def test_docs_providers_snippet(client: ImbraceClient) -> None:
    # List all providers (includes system default as first entry)
    providers = client.ai.list_providers()
    # Custom providers only
    custom = client.ai.list_providers(include_system=False)

    # Add a custom provider
    provider = client.ai.create_provider(
        {
            "name": "My Azure OpenAI",
            "type": "azure",
            "api_key": "sk-...",
            "base_url": "https://my-instance.openai.azure.com/",
        }
    )

    # Update, refresh models, delete
    client.ai.update_provider(provider["_id"], {"name": "Azure OpenAI (prod)"})
    refreshed = client.ai.refresh_provider_models(provider["_id"])
    assert client.ai.list_providers()[1]["name"] == "Azure OpenAI (prod)"
    client.ai.delete_provider(provider["_id"])

    assert providers[0]["provider_id"] == "system" and custom == []
    assert [m["name"] for m in refreshed["models"]] == ["gpt-4o", "gpt-4o-mini"]
    assert "api_key" not in provider
    assert client.ai.list_providers(include_system=False) == []


def test_docs_guardrails_snippet(client: ImbraceClient) -> None:
    seed = client.ai.create_guardrail({"name": "Seed", "model": "gpt-4o", "instructions": "x"})
    # List and get
    guardrails = client.ai.list_guardrails()
    guardrail = client.ai.get_guardrail(seed["_id"])

    # Create
    created = client.ai.create_guardrail(
        {
            "name": "Brand Safety",
            "model": "gpt-4o",
            "instructions": "Block responses that mention competitor names.",
            "unsafe_categories": ["violence", "hate_speech"],
            "competitor_keywords": ["CompetitorA", "CompetitorB"],
        }
    )

    # Update and delete
    client.ai.update_guardrail(
        created["_id"],
        {
            "name": "Brand Safety v2",
            "model": "gpt-4o",
            "instructions": "Updated instructions.",
        },
    )
    after = client.ai.get_guardrail(created["_id"])
    client.ai.delete_guardrail(created["_id"])

    assert guardrails["total"] == 1 and guardrail["name"] == "Seed"
    assert after["name"] == "Brand Safety v2" and after["competitor_keywords"] == [
        "CompetitorA",
        "CompetitorB",
    ]
    with pytest.raises(NotFoundError):
        client.ai.get_guardrail(created["_id"])


def test_docs_guardrail_providers_snippet(client: ImbraceClient) -> None:
    seed = client.ai.create_guardrail_provider({"name": "Seed", "type": "openai"})
    # List and get
    providers = client.ai.list_guardrail_providers()
    provider = client.ai.get_guardrail_provider(seed["_id"])

    # Create
    gp = client.ai.create_guardrail_provider(
        {
            "name": "OpenAI Moderation",
            "type": "openai",
            "config": {"api_key": "sk-..."},
        }
    )

    # Test connectivity and list available models
    test_result = client.ai.test_guardrail_provider(gp["_id"], {"prompt": "test prompt"})
    models = client.ai.get_guardrail_provider_models(gp["_id"])

    # Update and delete
    client.ai.update_guardrail_provider(gp["_id"], {"name": "OpenAI Moderation v2"})
    renamed = client.ai.get_guardrail_provider(gp["_id"])
    client.ai.delete_guardrail_provider(gp["_id"])

    assert providers["total"] == 1 and provider["name"] == "Seed"
    assert test_result["success"] is True and test_result["result"]["flagged"] is False
    assert models["models"] == ["gpt-4o", "gpt-4o-mini"]
    assert renamed["name"] == "OpenAI Moderation v2" and renamed["config"]["api_key"] == "***"


def test_docs_rag_files_snippet(
    client: ImbraceClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("knowledge.pdf").write_bytes(b"%PDF-1.4 knowledge base")
    seed = client.ai.upload_rag_file(files=("seed.txt", b"seed", "text/plain"))

    files = client.ai.list_rag_files()
    file = client.ai.get_rag_file(seed["_id"])

    # Upload
    uploaded = client.ai.upload_rag_file(files={"file": open("knowledge.pdf", "rb")})  # noqa: SIM115

    client.ai.delete_rag_file(uploaded["_id"])

    assert files["total"] == 1 and file["name"] == "seed.txt" and file["size"] == 4
    assert uploaded["name"] == "knowledge.pdf" and uploaded["size"] == 23
    assert [f["_id"] for f in client.ai.list_rag_files()["data"]] == [seed["_id"]]


def test_docs_agents_via_ai_snippet(client: ImbraceClient) -> None:
    asst_abc = DEMO_ASSISTANT_ID
    # List agents from the accounts endpoint
    account_agents = client.ai.list_ai_agents()
    # List agents (agents endpoint)
    agents = client.ai.list_agents()

    # Get a single agent
    agent = client.ai.get_ai_agent(asst_abc)

    # Check if a name is available before creating
    check = client.ai.check_ai_agent_name("Support Bot")
    # check["available"] → True / False

    # Patch only the instructions field
    client.ai.patch_instructions(
        asst_abc,
        {
            "instructions": "You are a concise, helpful assistant.",
        },
    )
    assert account_agents["total"] == agents["total"] == 2
    assert agent["_id"] == asst_abc and check["available"] is True
    assert client.ai.get_ai_agent(asst_abc)["instructions"] == "You are a concise, helpful assistant."


def test_docs_agent_apps_snippet(client: ImbraceClient) -> None:
    # List and get (Python only)
    apps = client.ai.list_ai_agent_apps()
    app = client.ai.get_ai_agent_app(apps["data"][0]["_id"])

    # Create
    app = client.ai.create_ai_agent_app(
        {
            "name": "Support App",
            "workflow_name": "support_workflow_v1",
            "assistant_id": DEMO_ASSISTANT_ID,
            "model_id": "Default",  # org-portable; "gpt-4o" only works in orgs whose system provider exposes it
            "provider_id": "system",
        }
    )

    # Update and delete
    client.ai.update_ai_agent_app(app["_id"], {"name": "Support App v2"})
    renamed = client.ai.get_ai_agent_app(app["_id"])
    client.ai.delete_ai_agent_app(app["_id"])

    # Update only the workflow definition: the docs do this after deleting the app (pitfall 14),
    # so the honest answer is a typed 404.
    with pytest.raises(NotFoundError):
        client.ai.update_ai_agent_workflow(
            app["_id"],
            {
                "workflow": {"steps": [{"id": "step1", "type": "llm"}]},
            },
        )
    assert renamed["name"] == "Support App v2" and renamed["assistant_id"] == DEMO_ASSISTANT_ID


def test_docs_tool_server_snippet(client: ImbraceClient, capsys: pytest.CaptureFixture[str]) -> None:
    result = client.ai.verify_tool_server({"url": "https://my-tools.example.com/mcp"})
    if result["success"]:
        print("Available tools:", result.get("tools"))
    assert "search_knowledge" in capsys.readouterr().out
    failed = client.ai.verify_tool_server({"url": "https://my-tools.example.com/api"})
    assert failed["success"] is False and "not an MCP tool server" in failed["message"]
