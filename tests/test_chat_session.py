"""Chat sessions (the peers' session context managers) on Imbrace's /v2/chat, sync and async."""

from __future__ import annotations

import pytest

from imbrace import AsyncImbraceClient, ImbraceClient, IncompleteStreamError, InvalidRequestError
from imbrace.testing import DEMO_ASSISTANT_ID, DEMO_PLAIN_ASSISTANT_ID, MockServer


def test_session_keeps_history_usage_and_exports_markdown(client: ImbraceClient) -> None:
    with client.ai_agent.session(DEMO_ASSISTANT_ID) as chat:
        first = "".join(chat.stream("What's your refund policy?"))
        second = chat.send("How long does it take?")
    assert "turn 1" in first and "turn 2" in second and "refund policy" in second
    assert [m["role"] for m in chat.messages] == ["user", "assistant", "user", "assistant"]
    assert chat.messages[3]["content"] == second
    assert chat.usage["totalTokens"] == chat.usage["inputTokens"] + chat.usage["outputTokens"] > 0
    markdown = chat.export_markdown()
    assert markdown.startswith(f"# Chat {chat.id}") and "**You:** How long does it take?" in markdown
    with pytest.raises(InvalidRequestError, match="closed"):
        chat.send("after close")


def test_session_with_a_plain_text_agent(client: ImbraceClient) -> None:
    with client.ai_agent.session(DEMO_PLAIN_ASSISTANT_ID) as chat:
        reply = chat.send("Hello")
    assert "Demo Plain Assistant" in reply and chat.messages[-1]["content"] == reply


def test_plain_text_agent_events_have_the_stream_shape(client: ImbraceClient) -> None:
    body = {"assistant_id": DEMO_PLAIN_ASSISTANT_ID, "messages": [{"role": "user", "content": "Hi"}]}
    kinds = [e["type"] for e in client.ai_agent.stream_chat_events(body)]
    assert kinds == ["start", "text-start", "text-delta", "text-end", "finish"]


def test_failed_turn_is_not_recorded_as_whole(client: ImbraceClient, imbrace_mock: MockServer) -> None:
    chat = client.ai_agent.session(DEMO_ASSISTANT_ID)
    calls = {"n": 0}

    def cut() -> float:  # the server dies after a few chunks of the reply
        calls["n"] += 1
        if calls["n"] == 5:
            raise ConnectionResetError("cut")
        return 0.0

    imbrace_mock.stream_gap = cut  # type: ignore[method-assign]
    with pytest.raises(IncompleteStreamError) as info:
        chat.send("This will break")
    assert info.value.partial_text and chat.messages == []


def test_bad_session_arguments(client: ImbraceClient) -> None:
    with pytest.raises(InvalidRequestError) as info:
        client.ai_agent.session("")
    assert info.value.param == "assistant_id"
    with pytest.raises(InvalidRequestError) as info:
        client.ai_agent.session(DEMO_ASSISTANT_ID).send("  ")
    assert info.value.param == "message"


async def test_async_session(aclient: AsyncImbraceClient) -> None:
    async with aclient.ai_agent.session(DEMO_ASSISTANT_ID) as chat:
        first = "".join([t async for t in chat.stream("One")])
        second = await chat.send("Two")
    assert "turn 1" in first and "turn 2" in second
    assert len(chat.messages) == 4 and chat.usage["totalTokens"] > 0
