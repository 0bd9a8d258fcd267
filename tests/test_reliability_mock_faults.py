"""The fault-injecting mock itself: each kind of fault, what it applies, Idempotency-Key replay, the CLI."""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from typing import Any

import httpx
import pytest

from imbrace import (
    APIConnectionError,
    APITimeoutError,
    AsyncImbraceClient,
    ImbraceClient,
    IncompleteStreamError,
    ServiceUnavailableError,
)
from imbrace._transport import AsyncTransport, SyncTransport
from imbrace.testing import DEMO_ASSISTANT_ID, DEMO_USER_ID, MockServer
from imbrace.testing._faults import FaultPlan, parse_rates

AUTH = {"x-api-key": "api_k"}


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    async def asleep(seconds: float) -> None:
        return None

    monkeypatch.setattr(SyncTransport, "sleep", staticmethod(lambda s: None))
    monkeypatch.setattr(AsyncTransport, "sleep", staticmethod(asleep))


def chat(session: str | None = None) -> dict[str, Any]:
    return {
        "id": session or str(uuid.uuid4()),
        "assistant_id": DEMO_ASSISTANT_ID,
        "user_id": DEMO_USER_ID,
        "messages": [{"role": "user", "content": "hello"}],
    }


def raw_chat(server: MockServer, body: dict[str, Any], **headers: str) -> httpx.Response:
    return httpx.post(f"{server.url}/ai-agent/v2/chat", json=body, headers={**AUTH, **headers}, timeout=2)


def test_error_status_faults_apply_nothing() -> None:
    with MockServer(faults="503:1", seed=1, delta_delay_ms=0) as server:
        statuses = [raw_chat(server, chat()).status_code for _ in range(8)]
        hints = [e[3] for e in server.faults.log] if server.faults else []
    assert statuses == [503] * 8 and server.store.effects["stream_chat"] == 0
    assert {"503", "503+retry-after"} >= set(hints) and len(set(hints)) == 2  # with and without hints


def test_reset_before_applies_nothing_and_reset_after_applies_once() -> None:
    with MockServer(faults="reset-before:1", delta_delay_ms=0) as server:
        with pytest.raises(httpx.RemoteProtocolError):
            raw_chat(server, chat())
        assert server.store.effects["stream_chat"] == 0
    with MockServer(faults="reset-after:1", delta_delay_ms=0) as server:
        with pytest.raises(httpx.RemoteProtocolError):
            raw_chat(server, chat())
        assert server.store.effects["stream_chat"] == 1


def test_idempotency_key_replays_the_first_reply() -> None:
    body = chat()
    with MockServer(faults="reset-after:0.5", seed=3, delta_delay_ms=0) as server:
        outcomes = []
        for _ in range(6):
            try:
                outcomes.append(raw_chat(server, body, **{"idempotency-key": "k1"}).text)
            except httpx.RemoteProtocolError:
                outcomes.append("reset")
        replies = [o for o in outcomes if o != "reset"]
        assert replies and len(set(replies)) == 1 and "reset" in outcomes
        assert server.store.effects["stream_chat"] == 1 and server.idempotency.replays >= 1


def test_client_with_idempotency_key_survives_a_lost_reply() -> None:
    with MockServer(faults="reset-after:1", delta_delay_ms=0) as server:
        client = ImbraceClient(base_url=server.url, api_key="api_k", max_retries=2)
        keyed = client.with_options(idempotency_key="create-1")
        with pytest.raises(APIConnectionError) as info:  # every reply is lost, but it ran only once
            "".join(keyed.ai_agent.stream_chat_text(chat()))
        assert info.value.retries_taken == 2 and server.store.effects["stream_chat"] == 1
        assert server.idempotency.replays == 2


def test_without_a_key_a_post_whose_reply_was_lost_is_not_retried() -> None:
    with MockServer(faults="reset-after:1", delta_delay_ms=0) as server:
        client = ImbraceClient(base_url=server.url, api_key="api_k", max_retries=3)
        with pytest.raises(APIConnectionError) as info:
            "".join(client.ai_agent.stream_chat_text(chat()))
        assert info.value.retries_taken == 0 and server.store.effects["stream_chat"] == 1


def test_truncated_stream_raises_with_the_partial_text() -> None:
    with MockServer(faults="truncate:1", seed=5, delta_delay_ms=0) as server:
        client = ImbraceClient(base_url=server.url, api_key="api_k", max_retries=3)
        got: list[str] = []
        with pytest.raises(IncompleteStreamError) as info:
            for text in client.ai_agent.stream_chat_text(chat()):
                got.append(text)
        assert info.value.partial_text == "".join(got)
        assert server.store.effects["stream_chat"] == 1 and server.faults.requests == 1  # type: ignore[union-attr]


def test_a_stall_past_the_timeout_is_a_timeout_error() -> None:
    with MockServer(faults="stall:1", stall_seconds=2.0, delta_delay_ms=0) as server:
        client = ImbraceClient(base_url=server.url, api_key="api_k", max_retries=1, timeout=0.2)
        with pytest.raises(APITimeoutError) as info:
            client.ai_agent.get_version()
        assert info.value.retries_taken == 1
        with pytest.raises(APITimeoutError) as post:
            client.ai_agent.get_chat_client_user({})
        assert post.value.retries_taken == 0  # a POST that may have run is not retried


async def test_slow_stream_with_gaps_past_the_timeout_is_incomplete() -> None:
    with MockServer(faults="slow:1", gap_seconds=0.5, delta_delay_ms=0) as server:
        async with AsyncImbraceClient(base_url=server.url, api_key="api_k", timeout=0.2) as client:
            got: list[str] = []
            with pytest.raises(IncompleteStreamError) as info:
                async for text in client.ai_agent.stream_chat_text(chat()):
                    got.append(text)
            assert info.value.partial_text == "".join(got) and "ReadTimeout" in str(info.value)


async def test_slow_stream_within_the_timeout_completes() -> None:
    with MockServer(faults="slow:1", gap_seconds=0.01, delta_delay_ms=0) as server:
        async with AsyncImbraceClient(base_url=server.url, api_key="api_k", timeout=2.0) as client:
            text = "".join([t async for t in client.ai_agent.stream_chat_text(chat())])
        messages = next(iter(server.store.table("client_messages").values()))
        assert text == messages[1]["content"]


def test_retry_after_faults_are_retried_for_post_and_plain_503_is_not() -> None:
    plan = FaultPlan({"503": 1.0}, seed=0)
    with MockServer(faults=plan, delta_delay_ms=0) as server:
        client = ImbraceClient(base_url=server.url, api_key="api_k", max_retries=1)
        with pytest.raises(ServiceUnavailableError) as info:
            client.ai_agent.get_chat_client_user({})
        hinted = plan.log[0][3] == "503+retry-after"
        assert info.value.retries_taken == (1 if hinted else 0)


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("503", "KIND:RATE"),
        ("teapot:0.1", "unknown fault"),
        ("503:2", "within 0..1"),
        ("503:0.6,reset:0.6", "more than 1"),
    ],
)
def test_bad_fault_specs_are_refused(text: str, error: str) -> None:
    with pytest.raises(ValueError, match=error):
        FaultPlan(text)


def test_parse_rates() -> None:
    assert parse_rates("503:0.2, reset:0.05,,STALL:0.01") == {"503": 0.2, "reset": 0.05, "stall": 0.01}


def test_cli_injects_faults(tmp_path: Any) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    command = [
        sys.executable,
        "-m",
        "imbrace.testing",
        "--port",
        str(port),
        "--faults",
        "503:1",
        "--seed",
        "7",
    ]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith("listening on")
        deadline = time.monotonic() + 20
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/ai-agent/version", headers=AUTH, timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        assert r.status_code == 503 and r.json()["message"] == "fault injected: 503"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    bad = subprocess.run(
        [sys.executable, "-m", "imbrace.testing", "--faults", "nope"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2 and "KIND:RATE" in bad.stderr
