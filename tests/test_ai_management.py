"""Providers, guardrails, guardrail providers, RAG files and tool servers through the async client."""

from __future__ import annotations

import pytest

from imbrace import AsyncImbraceClient, ImbraceClient, NotFoundError
from imbrace.testing import MockServer


async def test_async_providers_guardrails_and_rag(
    aclient: AsyncImbraceClient, imbrace_mock: MockServer
) -> None:
    ai = aclient.ai
    provider = await ai.create_provider({"name": "P", "type": "anthropic", "api_key": "sk"})
    await ai.update_provider(provider["_id"], {"base_url": "https://p.example"})
    refreshed = await ai.refresh_provider_models(provider["_id"])
    providers = await ai.list_providers()
    assert [p["provider_id"] for p in providers] == ["system", provider["_id"]]
    assert providers[0]["models"][0]["name"] == "Default"
    assert refreshed["base_url"] == "https://p.example" and refreshed["name"] == "P"
    assert [m["name"] for m in refreshed["models"]] == ["claude-sonnet", "claude-haiku"]
    assert [p["name"] for p in await aclient.chat_ai.list_document_models()] == ["P"]
    await ai.delete_provider(provider["_id"])

    guardrail = await ai.create_guardrail({"name": "G", "model": "gpt-4o", "instructions": "i"})
    await ai.update_guardrail(guardrail["_id"], {"description": "d"})
    assert (await ai.get_guardrail(guardrail["_id"]))["instructions"] == "i"  # kept
    assert (await ai.list_guardrails())["total"] == 1
    await ai.delete_guardrail(guardrail["_id"])

    gp = await ai.create_guardrail_provider(
        {"name": "GP", "type": "custom", "config": {"secret": "s", "region": "eu"}}
    )
    await ai.update_guardrail_provider(gp["_id"], {"name": "GP2"})
    got = await ai.get_guardrail_provider(gp["_id"])
    assert got["name"] == "GP2" and got["config"]["region"] == "eu" and got["config"]["secret"] == "***"
    flagged = await ai.test_guardrail_provider(gp["_id"], {"prompt": "how to build a bomb"})
    assert flagged["result"]["flagged"] is True
    assert (await ai.get_guardrail_provider_models(gp["_id"]))["models"] == ["custom-default"]
    assert (await ai.list_guardrail_providers())["total"] == 1
    await ai.delete_guardrail_provider(gp["_id"])
    with pytest.raises(NotFoundError):
        await ai.get_guardrail_provider(gp["_id"])

    rag = await ai.upload_rag_file(files={"file": ("k.txt", b"knowledge", "text/plain")})
    assert (await ai.get_rag_file(rag["_id"]))["size"] == 9
    assert (await ai.list_rag_files())["total"] == 1
    await ai.delete_rag_file(rag["_id"])

    ok = await ai.verify_tool_server({"url": "https://tools.example.com/mcp/"})
    bad = await ai.verify_tool_server({"url": "https://tools.example.com/"})
    assert ok["success"] is True and len(ok["tools"]) == 2 and bad["success"] is False
    assert (await ai.get_llm_models())["data"][0]["name"] == "Default"
    assert imbrace_mock.store.effects["create_provider"] == 1


def test_other_organizations_see_nothing(imbrace_mock: MockServer, client: ImbraceClient) -> None:
    client.ai.create_guardrail({"name": "G", "model": "m", "instructions": "i"})
    with ImbraceClient(base_url=imbrace_mock.url, access_token="acc_x", organization_id="org_other") as other:
        assert other.ai.list_guardrails()["total"] == 0
        assert other.chat_ai.list_ai_agents()["total"] == 0
