"""``ai.complete`` / ``ai.stream`` / ``ai.embed``: typed results, true streaming, and every way a stream ends."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from imbrace import (
    AsyncImbraceClient,
    ImbraceClient,
    IncompleteStreamError,
    StreamEventError,
)
from imbrace.testing import MockServer
from imbrace.types.ai import CompletionChunk, CompletionInput, CompletionMessage

ASK = {"model": "gpt-4o", "messages": [{"role": "user", "content": "Draft a follow-up email."}]}


def _client(httpserver: HTTPServer) -> ImbraceClient:
    return ImbraceClient(base_url=httpserver.url_for("").rstrip("/"), api_key="k", max_retries=0)


def _sse(*events: Any) -> str:
    return "".join(f"data: {e if isinstance(e, str) else json.dumps(e)}\n\n" for e in events)


def _chunk(content: str | None) -> dict[str, Any]:
    return {"id": "c", "model": "m", "choices": [{"index": 0, "delta": {"content": content}}]}


def test_complete_is_typed_and_allows_dict_access(client: ImbraceClient) -> None:
    response = client.ai.complete(ASK)
    assert response.choices[0].message.content == response["choices"][0]["message"]["content"]
    assert response.choices[0].message.role == "assistant" and response.usage is not None
    other = client.ai.complete({**ASK, "messages": [{"role": "user", "content": "Something else"}]})
    assert client.ai.complete(ASK).to_dict() == response.to_dict()  # deterministic
    assert other.choices[0].message.content != response.choices[0].message.content  # depends on messages


def test_stream_yields_the_same_text_as_complete(client: ImbraceClient) -> None:
    chunks = list(
        client.ai.stream(
            CompletionInput(
                model="gpt-4o", messages=[CompletionMessage(role="user", content="Draft a follow-up email.")]
            )
        )
    )
    assert all(isinstance(c, CompletionChunk) and c.choices for c in chunks)
    assert chunks[0]["object"] == "chat.completion.chunk" and chunks[-1].choices[0].finish_reason == "stop"
    text = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert text == client.ai.complete(ASK).choices[0].message.content


def test_first_chunk_arrives_while_the_server_is_still_sending(
    client: ImbraceClient, imbrace_mock: MockServer
) -> None:
    released = threading.Event()
    sent = [0]
    waited: list[bool] = []

    def gap() -> float:
        if sent[0] == 2:  # the role chunk and the first content chunk are out
            waited.append(released.wait(timeout=10))
        sent[0] += 1
        return 0.0

    imbrace_mock.stream_gap = gap  # type: ignore[method-assign]
    seen_when_first = None
    for chunk in client.ai.stream(ASK):
        if chunk.choices[0].delta.content and seen_when_first is None:
            seen_when_first = sent[0]
            released.set()
    assert seen_when_first == 2 and waited == [True]


def test_chunks_without_choices_are_skipped(httpserver: HTTPServer) -> None:
    body = _sse(_chunk("a"), {"id": "c", "choices": [], "usage": {"total_tokens": 3}}, _chunk("b"), "[DONE]")
    httpserver.expect_request("/v3/ai/completions").respond_with_data(body, content_type="text/event-stream")
    with _client(httpserver) as client:
        assert [c.choices[0].delta.content for c in client.ai.stream(ASK)] == ["a", "b"]


@pytest.mark.parametrize(
    ("body", "error"),
    [
        (_sse(_chunk("a")), IncompleteStreamError),  # ends without [DONE]
        (_sse("[DONE]"), IncompleteStreamError),  # never an empty stream
        (_sse({"error": {"message": "model overloaded"}}), StreamEventError),
    ],
)
def test_a_stream_that_ends_badly_raises(httpserver: HTTPServer, body: str, error: type[Exception]) -> None:
    httpserver.expect_request("/v3/ai/completions").respond_with_data(body, content_type="text/event-stream")
    with _client(httpserver) as client, pytest.raises(error):
        list(client.ai.stream(ASK))


def test_stream_stops_at_done(httpserver: HTTPServer) -> None:
    body = _sse(_chunk("a"), "[DONE]", _chunk("after done"))
    httpserver.expect_request("/v3/ai/completions").respond_with_data(body, content_type="text/event-stream")
    with _client(httpserver) as client:
        assert [c.choices[0].delta.content for c in client.ai.stream(ASK)] == ["a"]


def test_a_server_that_ignores_stream_gives_one_chunk(httpserver: HTTPServer) -> None:
    reply = {"id": "x", "choices": [{"index": 0, "message": {"role": "assistant", "content": "whole"}}]}
    httpserver.expect_request("/v3/ai/completions").respond_with_json(reply)
    with _client(httpserver) as client:
        assert [c.choices[0].delta.content for c in client.ai.stream(ASK)] == ["whole"]


async def test_async_complete_stream_and_embed(aclient: AsyncImbraceClient) -> None:
    response = await aclient.ai.complete(ASK)
    text = "".join([c.choices[0].delta.content or "" async for c in await aclient.ai.stream(ASK)])
    assert text == response.choices[0].message.content
    single = await aclient.ai.embed({"model": "m", "input": "one text"})
    assert len(single.data) == 1 and len(single.data[0].embedding) == 16


async def test_async_stream_raises_when_it_ends_early(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v3/ai/completions").respond_with_data(
        _sse(_chunk("a")), content_type="text/event-stream"
    )
    async with AsyncImbraceClient(
        base_url=httpserver.url_for("").rstrip("/"), api_key="k", max_retries=0
    ) as client:
        stream = await client.ai.stream(ASK)
        with pytest.raises(IncompleteStreamError):
            async for _ in stream:
                pass


def test_a_stream_can_be_closed_early(client: ImbraceClient) -> None:
    with client.ai.stream(ASK) as stream:
        first = next(stream)
    assert first.choices[0].delta.role == "assistant"
    assert stream.response.is_closed
    unread = client.ai.stream(ASK)
    unread.close()  # never iterated: still releases the connection
    assert unread.response.is_closed


async def test_async_stream_can_be_closed_early(aclient: AsyncImbraceClient) -> None:
    async with await aclient.ai.stream(ASK) as stream:
        first = await stream.__anext__()
    assert first.choices and stream.response.is_closed


async def test_async_json_fallback_and_an_empty_completion(httpserver: HTTPServer) -> None:
    whole = {"choices": [{"index": 0, "message": {"role": "assistant", "content": "whole"}}]}
    httpserver.expect_ordered_request("/v3/ai/completions").respond_with_json(whole)
    httpserver.expect_ordered_request("/v3/ai/completions").respond_with_json({"choices": []})
    async with AsyncImbraceClient(
        base_url=httpserver.url_for("").rstrip("/"), api_key="k", max_retries=0
    ) as client:
        assert [c.choices[0].delta.content async for c in await client.ai.stream(ASK)] == ["whole"]
        with pytest.raises(IncompleteStreamError):
            [c async for c in await client.ai.stream(ASK)]
