"""One test per incumbent bug and doc mismatch of issue 4 (B3 B4 B6 B8 B9 B16 B17; D2 D5 D7 D9 D14)."""

from __future__ import annotations

import asyncio
import inspect
import json
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer

from imbrace import (
    APIStatusError,
    AsyncImbraceClient,
    AuthenticationError,
    ImbraceClient,
    InvalidRequestError,
    NotFoundError,
)
from imbrace.resources.ai import Ai, AsyncAi
from imbrace.resources.chat_ai import AsyncChatAi, ChatAi
from imbrace.testing import MockServer
from imbrace.types.ai import CompletionInput, CompletionMessage, EmbeddingInput


def _server_client(httpserver: HTTPServer, **kwargs: Any) -> ImbraceClient:
    options: dict[str, Any] = {"api_key": "api_test", "max_retries": 0, **kwargs}
    return ImbraceClient(base_url=httpserver.url_for("").rstrip("/"), **options)


def _sse(*events: dict[str, Any] | str) -> str:
    return "".join(f"data: {e if isinstance(e, str) else json.dumps(e)}\n\n" for e in events)


def _chunk(content: str | None, finish: str | None = None) -> dict[str, Any]:
    return {
        "id": "c1",
        "model": "m",
        "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": finish}],
    }


# -- B3 / D11: async embed has the documented signature --------------------------------------------
async def test_b3_async_embed_takes_an_embedding_input(
    aclient: AsyncImbraceClient, client: ImbraceClient
) -> None:
    assert AsyncAi is Ai  # one class for both clients: the same signature by construction
    assert (
        inspect.signature(aclient.ai.embed).parameters.keys()
        == inspect.signature(client.ai.embed).parameters.keys()
    )
    texts = ["customer complained about billing", "billing issue escalated"]
    result = await aclient.ai.embed(EmbeddingInput(model="text-embedding-ada-002", input=texts))
    again = client.ai.embed({"model": "text-embedding-ada-002", "input": texts})
    assert [e.embedding for e in result.data] == [e["embedding"] for e in again["data"]]  # deterministic
    assert len({len(e.embedding) for e in result.data}) == 1
    assert result.data[0].embedding != result.data[1].embedding


# -- B4: ai.stream goes through the transport -----------------------------------------------------
def test_b4_stream_uses_the_transports_auth_headers(httpserver: HTTPServer) -> None:
    httpserver.expect_request(
        "/v3/ai/completions",
        method="POST",
        headers={"x-access-token": "acc_tok", "x-organization-id": "org_1", "accept": "text/event-stream"},
    ).respond_with_data(_sse(_chunk("Hi"), _chunk(None, "stop"), "[DONE]"), content_type="text/event-stream")
    with _server_client(httpserver, api_key=None, access_token="acc_tok", organization_id="org_1") as client:
        chunks = list(client.ai.stream({"model": "gpt-4o", "messages": [{"role": "user", "content": "x"}]}))
    request = httpserver.log[0][0]
    assert request.headers.get("authorization") is None
    assert json.loads(request.data)["stream"] is True
    assert [c.choices[0].delta.content for c in chunks] == ["Hi", None]


def test_b4_stream_raises_on_401_instead_of_yielding_nothing(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v3/ai/completions").respond_with_json({"message": "bad key"}, status=401)
    with _server_client(httpserver) as client, pytest.raises(AuthenticationError):
        client.ai.stream({"model": "gpt-4o", "messages": [{"role": "user", "content": "x"}]})


def test_b4_stream_is_retried_by_the_transport(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request("/v3/ai/completions").respond_with_json(
        {"message": "busy"}, status=503, headers={"retry-after": "0"}
    )
    httpserver.expect_ordered_request("/v3/ai/completions").respond_with_data(
        _sse(_chunk("ok"), "[DONE]"), content_type="text/event-stream"
    )
    with _server_client(httpserver, max_retries=1, timeout=5) as client:
        chunks = list(client.ai.stream({"model": "gpt-4o", "messages": [{"role": "user", "content": "x"}]}))
    assert [c.choices[0].delta.content for c in chunks] == ["ok"]


# -- B6: ids are one percent-encoded path segment -------------------------------------------------
def test_b6_ids_are_percent_encoded(imbrace_mock: MockServer) -> None:
    sent: list[bytes] = []
    http = httpx.Client(event_hooks={"request": [lambda r: sent.append(r.url.raw_path)]})
    with ImbraceClient(
        base_url=imbrace_mock.url, api_key="api_test", max_retries=0, http_client=http
    ) as client:
        with pytest.raises(NotFoundError, match=r"x/\.\./y\?z"):
            client.ai.get_ai_agent("x/../y?z")
        with pytest.raises(NotFoundError):
            client.ai.delete_rag_file("a/b")
    assert sent == [b"/v3/ai/assistants/x%2F..%2Fy%3Fz", b"/v3/ai/rag/files/a%2Fb"]


# -- B8 / B9: partial updates never wipe fields, and concurrent edits are not lost ----------------
def _new_agent(client: ImbraceClient) -> str:
    created = client.chat_ai.create_ai_agent(
        {"name": "Bot", "workflow_name": "bot_v1", "instructions": "Be brief.", "streaming": True}
    )
    return str(created["id"])


def test_b8_update_ai_agent_app_keeps_the_fields_it_is_not_given(
    client: ImbraceClient, imbrace_mock: MockServer
) -> None:
    agent_id = _new_agent(client)
    client.ai.update_ai_agent_app(agent_id, {"name": "Support App v2"})
    stored = client.ai.get_ai_agent_app(agent_id)
    assert (stored["name"], stored["instructions"], stored["streaming"]) == (
        "Support App v2",
        "Be brief.",
        True,
    )
    # The route itself replaces the whole agent, as the real service does: that is why the SDK merges.
    httpx.put(
        f"{imbrace_mock.url}/v3/ai/assistant_apps/{agent_id}",
        json={"name": "raw", "workflow_name": "bot_v1", "provider_id": "system", "model_id": "Default"},
        headers={"x-api-key": "api_test"},
    ).raise_for_status()
    assert client.ai.get_ai_agent_app(agent_id)["instructions"] == ""


def test_b9_a_concurrent_edit_between_read_and_write_is_not_lost(imbrace_mock: MockServer) -> None:
    other = ImbraceClient(base_url=imbrace_mock.url, api_key="api_test", max_retries=0)
    agent_id = _new_agent(other)
    reads: list[str] = []

    def after_response(response: httpx.Response) -> None:
        if response.request.method == "GET" and "/assistant_apps/" in response.request.url.path:
            reads.append(response.request.url.path)
            if len(reads) == 1:  # someone else edits the agent between our read and our write
                other.chat_ai.update_ai_agent_instructions(agent_id, "Edited concurrently.")

    http = httpx.Client(event_hooks={"response": [after_response]})
    with ImbraceClient(
        base_url=imbrace_mock.url, api_key="api_test", max_retries=0, http_client=http
    ) as client:
        client.chat_ai.update_ai_agent(agent_id, {"name": "Renamed"})
    stored = other.chat_ai.get_ai_agent(agent_id)
    assert (stored["name"], stored["instructions"]) == ("Renamed", "Edited concurrently.")
    assert len(reads) == 2  # the stale write got 412 and the merge was redone on fresh data
    other.close()


def test_b9_a_stale_if_match_is_refused(client: ImbraceClient, imbrace_mock: MockServer) -> None:
    agent_id = _new_agent(client)
    response = httpx.put(
        f"{imbrace_mock.url}/v3/ai/assistant_apps/{agent_id}",
        json={"name": "x", "workflow_name": "bot_v1", "provider_id": "system", "model_id": "Default"},
        headers={"x-api-key": "api_test", "if-match": "2000-01-01T00:00:00Z"},
    )
    assert response.status_code == 412
    http = httpx.Client(event_hooks={"request": [_stale_writes]})
    with (
        pytest.raises(APIStatusError),  # and the SDK gives up after a bounded number of attempts
        ImbraceClient(
            base_url=imbrace_mock.url, api_key="api_test", max_retries=0, http_client=http
        ) as stale,
    ):
        stale.chat_ai.update_ai_agent(agent_id, {"name": "y"})


def _stale_writes(request: httpx.Request) -> None:
    """Every write carries an outdated revision, as if someone always edited in between."""
    if request.method == "PUT":
        request.headers["if-match"] = "stale"


# -- B16: list_providers never swallows the second call's error -----------------------------------
def test_b16_list_providers_raises_when_the_system_models_call_fails(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v3/ai/providers").respond_with_json([])
    httpserver.expect_request("/v3/ai/workflow-agent/models").respond_with_json(
        {"message": "expired"}, status=401
    )
    with _server_client(httpserver) as client:
        assert client.ai.list_providers(include_system=False) == []
        with pytest.raises(AuthenticationError):
            client.ai.list_providers()


# -- B17: tool role and null content ---------------------------------------------------------------
def test_b17_completion_accepts_tool_role_and_null_content(httpserver: HTTPServer) -> None:
    reply = {"choices": [{"message": {"role": "assistant", "content": None, "tool_calls": [{"id": "t1"}]}}]}
    httpserver.expect_request("/v3/ai/completions").respond_with_json(reply)
    messages = [
        CompletionMessage(role="user", content="weather?"),
        CompletionMessage(role="assistant", content=None, tool_calls=[]),
        CompletionMessage(role="tool", content="sunny", tool_call_id="t1"),
    ]
    with _server_client(httpserver) as client:
        response = client.ai.complete(CompletionInput(model="gpt-4o", messages=messages))
    assert response.choices[0].message.content is None
    assert response["choices"][0]["message"]["tool_calls"][0]["id"] == "t1"
    assert json.loads(httpserver.log[0][0].data)["messages"][2] == {
        "role": "tool",
        "content": "sunny",
        "tool_call_id": "t1",
    }


# -- D2 / D14: create_assistant and update_assistant exist; provider_id and model_id required ---------
@pytest.mark.parametrize("missing", ["provider_id", "model_id"])
def test_d14_create_assistant_names_the_missing_model_field(httpserver: HTTPServer, missing: str) -> None:
    body = {"name": "Bot", "workflow_name": "bot", "provider_id": "system", "model_id": "gpt-4o"}
    del body[missing]
    with _server_client(httpserver) as client, pytest.raises(InvalidRequestError) as err:
        client.chat_ai.create_assistant(body)
    assert err.value.param == f"body.{missing}"
    assert httpserver.log == []


async def test_d2_assistant_methods_exist_sync_and_async(aclient: AsyncImbraceClient) -> None:
    assert AsyncChatAi is ChatAi  # one class for both clients
    assert callable(aclient.chat_ai.create_assistant) and callable(aclient.chat_ai.update_assistant)
    created = await aclient.chat_ai.create_assistant(
        {"name": "A", "workflow_name": "a_v1", "provider_id": "system", "model_id": "Default"}
    )
    updated = await aclient.chat_ai.update_assistant(created["id"], {"board_ids": ["b1"]})
    assert updated["board_ids"] == ["b1"] and updated["name"] == "A"


# -- D5: create_ai_agent fills provider_id "system" and model_id "Default" ---------------------------
def test_d5_create_ai_agent_fills_system_and_default(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v3/ai/assistant_apps", method="POST").respond_with_json(
        {"id": "a", "_id": "a", "name": "Bot", "workflow_name": "bot"}, status=201
    )
    with _server_client(httpserver) as client:
        client.chat_ai.create_ai_agent({"name": "Bot", "workflow_name": "bot"})
    sent = json.loads(httpserver.log[0][0].data)
    assert (sent["provider_id"], sent["model_id"]) == ("system", "Default")


# -- D7: agents and apps carry both id and _id -----------------------------------------------------
def test_d7_created_agents_and_apps_have_id_and_underscore_id(client: ImbraceClient) -> None:
    agent = client.chat_ai.create_ai_agent({"name": "A", "workflow_name": "a"})
    app = client.ai.create_ai_agent_app({"name": "B", "workflow_name": "b", "assistant_id": agent["id"]})
    assert agent["id"] == agent["_id"] and app["_id"] == app["id"]
    assert client.chat_ai.get_ai_agent(app["_id"])["id"] == app["id"]


# -- D9: list_models exists and lists what model_id accepts with provider_id "system" -------------
async def test_d9_list_models_names_the_system_models(
    client: ImbraceClient, aclient: AsyncImbraceClient
) -> None:
    names = client.ai.list_models()
    assert names == await aclient.ai.list_models()
    assert "Default" in names and "gpt-4o" in names


async def test_b9_async_update_redoes_the_merge_after_a_concurrent_edit(imbrace_mock: MockServer) -> None:
    other = ImbraceClient(base_url=imbrace_mock.url, api_key="api_test", max_retries=0)
    agent_id = _new_agent(other)
    reads: list[str] = []

    async def after_response(response: httpx.Response) -> None:
        if response.request.method == "GET" and "/assistant_apps/" in response.request.url.path:
            reads.append(response.request.url.path)
            if len(reads) == 1:
                await asyncio.to_thread(
                    other.ai.patch_instructions, agent_id, {"instructions": "Concurrent."}
                )

    http = httpx.AsyncClient(event_hooks={"response": [after_response]})
    async with AsyncImbraceClient(
        base_url=imbrace_mock.url, api_key="api_test", max_retries=0, http_client=http
    ) as client:
        await client.ai.update_ai_agent_app(agent_id, {"name": "Renamed"})
    stored = other.ai.get_ai_agent_app(agent_id)
    assert (stored["name"], stored["instructions"], len(reads)) == ("Renamed", "Concurrent.", 2)
    other.close()
