"""``ai.complete`` / ``ai.stream`` / ``ai.embed`` take the standard OpenAI request fields, their replies carry
``tool_calls`` and ``usage``, and the mock answers ``tools`` with a tool call so a tool loop runs offline."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from imbrace import AsyncImbraceClient, ImbraceClient, InvalidRequestError
from imbrace.testing import MockServer
from imbrace.types.ai import (
    Completion,
    CompletionChunk,
    CompletionInput,
    CompletionMessage,
    CompletionToolCall,
    EmbeddingInput,
)

WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city.",
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                "days": {"type": "integer"},
            },
            "required": ["city", "unit"],
        },
    },
}
TICKET_TOOL = {"type": "function", "function": {"name": "open_ticket", "parameters": {"type": "object"}}}
QUESTION = {"role": "user", "content": "Weather in Paris?"}
ASK: dict[str, Any] = {"model": "gpt-4o", "messages": [QUESTION], "tools": [WEATHER_TOOL, TICKET_TOOL]}


def _weather(arguments: str) -> str:
    """The tool the loop runs: a fixed forecast for the arguments the model chose."""
    args = json.loads(arguments)
    return f"18 degrees {args['unit']} in {args['city']}"


def _follow_up(first: Completion) -> list[dict[str, Any]]:
    """The messages of the second turn: the question, the assistant's tool calls, one result per call."""
    message = first.choices[0].message
    calls = [c.to_dict() for c in message.tool_calls or []]
    results = [
        {"role": "tool", "tool_call_id": c["id"], "content": _weather(c["function"]["arguments"])}
        for c in calls
    ]
    return [QUESTION, {"role": "assistant", "content": None, "tool_calls": calls}, *results]


def _check_tool_call(first: Completion) -> CompletionToolCall:
    choice = first.choices[0]
    assert choice.finish_reason == "tool_calls" and choice.message.content is None
    assert choice.message.tool_calls is not None and len(choice.message.tool_calls) == 1
    call = choice.message.tool_calls[0]
    assert isinstance(call, CompletionToolCall) and call["type"] == "function"
    assert call.id and call.id.startswith("call_") and call.function is not None
    assert call.function.name == "get_weather"  # the first tool
    assert json.loads(call.function.arguments or "") == {"city": "Weather in Paris?", "unit": "celsius"}
    return call


def _check_answer(second: Completion) -> None:
    choice = second.choices[0]
    assert choice.finish_reason == "stop" and not choice.message.tool_calls
    assert choice.message.content and "18 degrees celsius in Weather in Paris?" in choice.message.content


def test_a_tool_loop_runs_offline(client: ImbraceClient) -> None:
    first = client.ai.complete(ASK)
    _check_tool_call(first)
    assert first == client.ai.complete(ASK)  # deterministic
    second = client.ai.complete({**ASK, "messages": _follow_up(first)})
    _check_answer(second)
    assert second.usage is not None and second.usage.total_tokens


async def test_a_tool_loop_runs_offline_async(aclient: AsyncImbraceClient) -> None:
    first = await aclient.ai.complete(CompletionInput(**ASK))
    _check_tool_call(first)
    _check_answer(await aclient.ai.complete(CompletionInput(**{**ASK, "messages": _follow_up(first)})))


def _joined_tool_calls(chunks: list[CompletionChunk]) -> list[dict[str, Any]]:
    """Streamed tool-call pieces joined per ``index``, as an OpenAI client does."""
    calls: dict[int, dict[str, Any]] = {}
    for chunk in chunks:
        for piece in chunk.choices[0].delta.tool_calls or []:
            call = calls.setdefault(piece.index or 0, {"id": None, "name": None, "arguments": ""})
            call["id"] = piece.id or call["id"]
            if piece.function is not None:
                call["name"] = piece.function.name or call["name"]
                call["arguments"] += piece.function.arguments or ""
    return [calls[i] for i in sorted(calls)]


def test_stream_sends_tool_call_deltas_that_join_to_the_complete_call(client: ImbraceClient) -> None:
    chunks = list(client.ai.stream(ASK))
    assert len(chunks) > 3 and chunks[-1].choices[0].finish_reason == "tool_calls"
    whole = client.ai.complete(ASK).choices[0].message.tool_calls or []
    expected = [{"id": c["id"], **c["function"].to_dict()} for c in whole]
    assert _joined_tool_calls(chunks) == expected


async def test_async_stream_tool_loop(aclient: AsyncImbraceClient) -> None:
    chunks = [c async for c in await aclient.ai.stream(ASK)]
    (call,) = _joined_tool_calls(chunks)
    assert call["name"] == "get_weather"
    first = await aclient.ai.complete(ASK)
    texts = [
        c.choices[0].delta.content or ""
        async for c in await aclient.ai.stream({**ASK, "messages": _follow_up(first)})
    ]
    assert "18 degrees celsius" in "".join(texts)


def test_tool_choice_picks_the_tool_or_none(client: ImbraceClient) -> None:
    named = {"type": "function", "function": {"name": "open_ticket"}}
    calls = client.ai.complete({**ASK, "tool_choice": named}).choices[0].message.tool_calls
    assert calls is not None and calls[0]["function"].to_dict() == {"name": "open_ticket", "arguments": "{}"}
    plain = client.ai.complete({**ASK, "tool_choice": "none"}).choices[0]
    assert plain.finish_reason == "stop" and plain.message.content


def test_every_standard_field_is_accepted_and_sent(client: ImbraceClient) -> None:
    fields: dict[str, Any] = {
        "tool_choice": "auto",
        "response_format": {"type": "json_object"},
        "top_p": 0.9,
        "stop": ["\n\n"],
        "seed": 7,
        "n": 1,
        "user": "user_42",
        "presence_penalty": 0.5,
        "frequency_penalty": -0.5,
        "logit_bias": {"50256": -100},
        "max_tokens": 64,
        "temperature": 0.2,
    }
    with client.with_raw_response.ai.complete({**ASK, **fields}) as raw:
        sent = json.loads(raw.http_response.request.content)
    assert {k: sent[k] for k in fields} == fields and sent["stream"] is False
    typed = CompletionInput(**ASK, **fields)  # plain dicts, as the docs write them
    assert client.ai.complete(typed).choices[0].finish_reason == "tool_calls"


def test_stream_options_include_usage_is_accepted(client: ImbraceClient) -> None:
    chunks = list(client.ai.stream({**ASK, "tools": [], "stream_options": {"include_usage": True}}))
    assert chunks and all(c.choices for c in chunks)  # the usage-only chunk is not yielded as a choice


@pytest.mark.parametrize(
    ("field", "value", "where"),
    [
        ("top_p", 2, "body.top_p"),
        ("tool_choice", "sometimes", "body.tool_choice"),
        ("tools", [{"type": "function", "function": {}}], "body.tools[0].function.name"),
        ("stop", ["a", "b", "c", "d", "e"], "body.stop"),
        ("response_format", {"type": "yaml"}, "body.response_format.type"),
    ],
)
def test_a_wrong_standard_field_is_refused_before_sending(
    client: ImbraceClient, field: str, value: Any, where: str
) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        client.ai.complete({**ASK, field: value})
    assert caught.value.param == where


def test_completion_input_takes_plain_dict_messages(client: ImbraceClient) -> None:
    plain = CompletionInput(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])  # type: ignore[list-item]
    typed = CompletionInput(model="gpt-4o", messages=[CompletionMessage(role="user", content="hi")])
    as_dict = {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]}
    answers = {client.ai.complete(i).choices[0].message.content for i in (plain, typed, as_dict)}
    assert len(answers) == 1 and None not in answers
    streamed = {
        "".join(c.choices[0].delta.content or "" for c in client.ai.stream(i)) for i in (plain, as_dict)
    }
    assert streamed == answers


async def test_completion_input_or_dict_on_the_async_client(aclient: AsyncImbraceClient) -> None:
    plain = CompletionInput(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])  # type: ignore[list-item]
    as_dict = {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]}
    first = (await aclient.ai.complete(plain)).choices[0].message.content
    assert first and first == (await aclient.ai.complete(as_dict)).choices[0].message.content
    text = "".join([c.choices[0].delta.content or "" async for c in await aclient.ai.stream(plain)])
    assert text == first


def test_embedding_usage_and_standard_fields(client: ImbraceClient) -> None:
    result = client.ai.embed(EmbeddingInput(model="text-embedding-3-small", input=["billing issue"]))
    assert result.usage is not None
    assert (result.usage.prompt_tokens, result.usage.completion_tokens, result.usage.total_tokens) == (
        2,
        0,
        2,
    )
    wide = client.ai.embed(
        {
            "model": "text-embedding-3-small",
            "input": "billing issue",
            "dimensions": 40,
            "encoding_format": "float",
        }
    )
    assert len(wide.data[0].embedding) == 40 and len(result.data[0].embedding) == 16
    with pytest.raises(InvalidRequestError) as caught:
        client.ai.embed({"model": "m", "input": ["x"], "encoding_format": "hex"})
    assert caught.value.param == "body.encoding_format"


def test_the_mock_takes_an_integral_float_as_dimensions(imbrace_mock: MockServer) -> None:
    """JSON Schema counts 4.0 as an integer, so a client may send it: the mock must not crash on it."""
    reply = httpx.post(
        f"{imbrace_mock.url}/v3/ai/embeddings",
        headers={"x-api-key": "api_test"},
        json={"model": "m", "input": ["hello"], "dimensions": 4.0},
    )
    assert reply.status_code == 200 and len(reply.json()["data"][0]["embedding"]) == 4
