"""Streaming chat end to end against the mock, sync and async, including the docs' own snippets."""

from __future__ import annotations

import json
import threading
import uuid

import httpx
import pytest

from imbrace import AsyncImbraceClient, ImbraceClient, NotFoundError
from imbrace.testing import DEMO_ASSISTANT_ID, DEMO_PLAIN_ASSISTANT_ID, MockServer


def ask(text: str, session: str | None = None, assistant: str = DEMO_ASSISTANT_ID) -> dict[str, object]:
    body: dict[str, object] = {"assistant_id": assistant, "messages": [{"role": "user", "content": text}]}
    if session:
        body["id"] = session
    return body


class Gate:
    """Holds the server after its first text delta until the client has received that delta."""

    def __init__(self) -> None:
        self.sent = 0
        self.client_has_first = threading.Event()
        self.server_waited_ok: bool | None = None

    def gap(self) -> float:
        if self.sent == 4:  # start, start-step, text-start and the first delta are out
            self.server_waited_ok = self.client_has_first.wait(timeout=10)
        self.sent += 1
        return 0.0


def test_first_delta_arrives_while_the_server_is_still_sending(
    client: ImbraceClient, imbrace_mock: MockServer
) -> None:
    gate = Gate()
    imbrace_mock.stream_gap = gate.gap  # type: ignore[method-assign]
    texts = []
    for text in client.ai_agent.stream_chat_text(ask("Is this streamed?")):
        if not texts:
            sent_when_first_arrived = gate.sent
            gate.client_has_first.set()
        texts.append(text)
    assert sent_when_first_arrived == 4  # the server was blocked, so nothing after the first delta was sent
    assert gate.server_waited_ok is True
    assert len(texts) > 5


async def test_async_first_delta_arrives_while_the_server_is_still_sending(
    aclient: AsyncImbraceClient, imbrace_mock: MockServer
) -> None:
    gate = Gate()
    imbrace_mock.stream_gap = gate.gap  # type: ignore[method-assign]
    texts = []
    async for text in aclient.ai_agent.stream_chat_text(ask("Is this streamed?")):
        if not texts:
            assert gate.sent == 4
            gate.client_has_first.set()
        texts.append(text)
    assert gate.server_waited_ok is True


def test_history_carries_over_a_session(client: ImbraceClient) -> None:
    session = str(uuid.uuid4())
    first = "".join(client.ai_agent.stream_chat_text(ask("What's your refund policy?", session)))
    second = "".join(client.ai_agent.stream_chat_text(ask("How long does it take?", session)))
    assert "turn 1" in first
    assert "turn 2" in second and "What's your refund policy?" in second
    other = "".join(client.ai_agent.stream_chat_text(ask("How long does it take?")))
    assert "turn 1" in other


def test_plain_text_agent_still_yields_its_text(client: ImbraceClient) -> None:
    response = client.ai_agent.stream_chat(ask("Hello", assistant=DEMO_PLAIN_ASSISTANT_ID))
    assert response.headers["content-type"].startswith("text/plain")
    assert "Demo Plain Assistant" in response.text
    text = "".join(client.ai_agent.stream_chat_text(ask("Hello", assistant=DEMO_PLAIN_ASSISTANT_ID)))
    assert text.startswith(("Here", "Let", "Good", "Happy")) and "Demo Plain Assistant" in text


async def test_async_history_and_plain_text(aclient: AsyncImbraceClient) -> None:
    session = str(uuid.uuid4())
    async for _ in aclient.ai_agent.stream_chat_text(ask("One", session)):
        pass
    second = "".join([t async for t in aclient.ai_agent.stream_chat_text(ask("Two", session))])
    assert "turn 2" in second and "One" in second
    plain = "".join(
        [t async for t in aclient.ai_agent.stream_chat_text(ask("Hi", assistant=DEMO_PLAIN_ASSISTANT_ID))]
    )
    assert "Demo Plain Assistant" in plain


def test_typed_events_end_with_usage(client: ImbraceClient) -> None:
    events = list(client.ai_agent.stream_chat_events(ask("Count my tokens")))
    kinds = [e["type"] for e in events]
    assert kinds[:3] == ["start", "start-step", "text-start"] and kinds[-2:] == ["finish-step", "finish"]
    assert events[-1]["messageMetadata"]["usage"]["totalTokens"] > 0
    text = "".join(e.delta for e in events if e["type"] == "text-delta")  # type: ignore[union-attr]
    assert "Count my tokens" in text


def test_errors_become_typed(client: ImbraceClient, imbrace_mock: MockServer) -> None:
    with pytest.raises(NotFoundError) as info:
        client.ai_agent.stream_chat(ask("hi", assistant="no-such-assistant"))
    assert info.value.status_code == 404 and info.value.request_id
    from imbrace import AuthError, MissingCredentialError

    # No credential: refused before sending (issue 16), still an AuthError as a 401 would be.
    with pytest.raises(MissingCredentialError) as refused:
        ImbraceClient(base_url=imbrace_mock.url).ai_agent.get_version()
    assert isinstance(refused.value, AuthError) and refused.value.status_code == 401
    assert httpx.get(imbrace_mock.url + "/ai-agent/version").status_code == 401  # the mock still says 401
    # The mock validates requests itself: a body the spec forbids is a 400 with the reason.
    raw = httpx.post(
        imbrace_mock.url + "/ai-agent/v2/chat",
        headers={"x-api-key": "k"},
        json={"id": "not-a-uuid", "assistant_id": "a", "messages": []},
    )
    assert raw.status_code == 400 and "messages" in raw.json()["message"]


async def test_async_errors_become_typed(aclient: AsyncImbraceClient) -> None:
    with pytest.raises(NotFoundError):
        await aclient.ai_agent.stream_chat(ask("hi", assistant="no-such-assistant"))


def test_service_info(client: ImbraceClient) -> None:
    assert client.ai_agent.get_health().status == "ok"
    detailed = client.ai_agent.get_health(detailed=True)
    assert detailed["checks"]["database"] == "ok"
    assert client.ai_agent.get_version()["version"]
    assert "streaming" in client.ai_agent.get_config()
    assert client.ai.get_llm_models()["data"][0]["name"] == "Default"


# -- The docs' snippets, unchanged but for ids --------------------------------------------------------


def test_docs_full_flow_1_hand_parsed_stream(
    client: ImbraceClient, capsys: pytest.CaptureFixture[str]
) -> None:
    assistant_id = DEMO_ASSISTANT_ID
    response = client.ai_agent.stream_chat(
        {
            "assistant_id": assistant_id,
            "organization_id": "org_your_org_id",
            "messages": [{"role": "user", "content": "How do I reset my password?"}],
        }
    )
    for line in response.iter_lines():
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
    assert "How do I reset my password?" in capsys.readouterr().out


def test_docs_full_flow_1_session(client: ImbraceClient) -> None:
    assistant_id = DEMO_ASSISTANT_ID
    session_id = str(uuid.uuid4())
    client.ai_agent.stream_chat(
        {
            "assistant_id": assistant_id,
            "organization_id": "org_your_org_id",
            "id": session_id,
            "messages": [{"role": "user", "content": "What's your refund policy?"}],
        }
    )
    client.ai_agent.stream_chat(
        {
            "assistant_id": assistant_id,
            "organization_id": "org_your_org_id",
            "id": session_id,
            "messages": [{"role": "user", "content": "How long does it take?"}],
        }
    )
    text = "".join(client.ai_agent.stream_chat_text({**ask("And then?", session_id)}))
    assert "turn 3" in text


@pytest.mark.parametrize("assistant", [DEMO_ASSISTANT_ID, DEMO_PLAIN_ASSISTANT_ID])
def test_docs_both_kinds_of_agents(
    client: ImbraceClient, assistant: str, capsys: pytest.CaptureFixture[str]
) -> None:
    body = {
        "id": str(uuid.uuid4()),
        "assistant_id": assistant,
        "messages": [{"role": "user", "content": "What can you do?"}],
    }

    res = client.ai_agent.stream_chat(body)
    res.raise_for_status()

    if "text/event-stream" in res.headers.get("content-type", ""):
        for chunk in client.ai_agent.stream_chat_text(body):
            print(chunk, end="", flush=True)
    else:
        print(res.text)
    assert "What can you do?" in capsys.readouterr().out


def test_docs_stream_chat_text(client: ImbraceClient, capsys: pytest.CaptureFixture[str]) -> None:
    for chunk in client.ai_agent.stream_chat_text(
        {
            "id": str(uuid.uuid4()),
            "assistant_id": DEMO_ASSISTANT_ID,
            "messages": [{"role": "user", "content": "What can you do?"}],
        }
    ):
        print(chunk, end="", flush=True)
    assert "What can you do?" in capsys.readouterr().out


async def test_docs_async_example(
    imbrace_mock: MockServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("IMBRACE_BASE_URL", imbrace_mock.url)
    monkeypatch.setenv("IMBRACE_API_KEY", "api_test")

    async def main() -> None:
        async with AsyncImbraceClient() as client:
            res = await client.ai_agent.stream_chat(
                {
                    "id": str(uuid.uuid4()),
                    "assistant_id": DEMO_ASSISTANT_ID,
                    "messages": [{"role": "user", "content": "Hello"}],
                }
            )
            res.raise_for_status()
            async for line in res.aiter_lines():
                if line:
                    print(line)

    await main()
    out = capsys.readouterr().out
    assert '"type":"text-delta"' in out and "data: [DONE]" in out


def test_unconsumed_stream_does_not_leak_connections(imbrace_mock: MockServer) -> None:
    with ImbraceClient(base_url=imbrace_mock.url, api_key="k", max_connections=2) as client:
        for _ in range(6):  # more than the pool: abandoned responses must give their connection back
            client.ai_agent.stream_chat(ask("abandon me"))
        assert "".join(client.ai_agent.stream_chat_text(ask("still works")))
