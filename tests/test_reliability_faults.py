"""1,000 mixed calls against the fault-injecting mock at 30 % faults, sync and async.

Every call either succeeds within its retry budget or raises a typed :class:`~imbrace.ImbraceError`; no
create is applied twice (the mock counts what it applied); no stream returns partial text as complete.
Calls run one at a time, so the seeded faults fall on the same requests on every run. Retry waits are
recorded, not slept; stalls are short but longer than the client's read timeout.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from imbrace import AsyncImbraceClient, ImbraceClient, ImbraceError, IncompleteStreamError
from imbrace._transport import AsyncTransport, SyncTransport
from imbrace.testing import DEMO_ASSISTANT_ID, DEMO_USER_ID, MockServer

CALLS_PER_MODE = 500
MAX_RETRIES = 3
# 30 % of requests get a fault: error statuses (half with Retry-After), resets before and after the
# handler ran, stalls past the timeout, streams and bodies cut mid-reply, slow streams.
FAULTS = "503:0.07,500:0.03,502:0.02,429:0.05,reset:0.06,stall:0.01,truncate:0.05,slow:0.01"
TIMEOUT = httpx.Timeout(0.5, connect=1.0)

# Operations by kind; more can be added as namespaces grow: (name, method on the client, check).
READS = ("get_version", "get_health", "get_config", "get_llm_models", "get_chat_client_user")


@dataclass
class Call:
    n: int
    op: str  # one of READS or "stream_chat"
    idempotent: bool = False
    detailed: bool = False
    session: str = ""
    message: str = ""


@dataclass
class Tally:
    calls: int = 0
    ok: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    retries: int = 0
    partial_streams: int = 0


def plan(seed: int) -> list[Call]:
    rng = random.Random(seed)
    calls = []
    for n in range(CALLS_PER_MODE):
        roll = rng.random()
        if roll < 0.45:
            calls.append(Call(n, rng.choice(READS), detailed=rng.random() < 0.5))
        else:
            calls.append(
                Call(
                    n,
                    "stream_chat",
                    idempotent=rng.random() < 0.5,
                    session=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    message=f"call {seed}-{n}",
                )
            )
    return calls


def chat_body(call: Call) -> dict[str, Any]:
    return {
        "id": call.session,
        "assistant_id": DEMO_ASSISTANT_ID,
        "user_id": DEMO_USER_ID,
        "messages": [{"role": "user", "content": call.message}],
    }


def check_read(call: Call, result: Any) -> None:
    """Every response matches its request."""
    if call.op == "get_version":
        assert result["version"] == "2.0.0-mock"
    elif call.op == "get_health":
        assert ("checks" in result) is call.detailed
    elif call.op == "get_llm_models":
        assert result["data"][0]["name"] == "Default"
    elif call.op == "get_chat_client_user":
        assert result["id"] == DEMO_USER_ID
    else:
        assert result["default_model"] == "Default"


def check_chat(
    server: MockServer, call: Call, text: str | None, exc: BaseException | None, tally: Tally
) -> None:
    messages = server.store.table("client_messages").get(call.session) or []  # /v2/chat sessions are chats
    turns = [m for m in messages if m["role"] == "assistant"]
    if exc is None:  # success: exactly one reply applied, and the caller got all of it
        assert len(turns) == 1 and text == turns[0]["content"], (
            f"call {call.n}: partial text returned as complete"
        )
    elif isinstance(exc, IncompleteStreamError):
        tally.partial_streams += 1
        assert turns and turns[0]["content"].startswith(exc.partial_text)  # labelled partial, never complete


def record(tally: Tally, exc: BaseException | None) -> None:
    tally.calls += 1
    if exc is None:
        tally.ok += 1
        return
    assert isinstance(exc, ImbraceError), f"untyped error {type(exc).__name__}: {exc}"
    tally.errors[type(exc).__name__] += 1
    assert getattr(exc, "retries_taken", 0) <= MAX_RETRIES


def check_effects(server: MockServer, calls: list[Call]) -> int:
    """No create applied twice: one user turn per session at most, and the mock's counter agrees.
    Returns the number of duplicates found (asserted zero)."""
    sessions = server.store.table("client_messages")  # /v2/chat sessions are chat-client chats
    duplicates = [c.session for c in calls if c.session in sessions and len(sessions[c.session]) > 2]
    assert duplicates == []
    assert server.store.effects["stream_chat"] == len([c for c in calls if c.session in sessions])
    return len(duplicates)


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    recorded: list[float] = []

    async def asleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(SyncTransport, "sleep", staticmethod(recorded.append))
    monkeypatch.setattr(AsyncTransport, "sleep", staticmethod(asleep))
    return recorded


def fault_server(seed: int) -> MockServer:
    return MockServer(faults=FAULTS, seed=seed, delta_delay_ms=0, stall_seconds=1.0, gap_seconds=0.01)


FIGURES: dict[str, Any] = {}


def report(mode: str, server: MockServer, tally: Tally, waits: list[float], calls: list[Call]) -> None:
    assert server.faults is not None
    duplicates = check_effects(server, calls)
    tally.retries = len(waits)
    FIGURES[mode] = {
        "calls": tally.calls,
        "requests": server.faults.requests,
        "faults": server.faults.total,
        "by_kind": dict(server.faults.injected),
        "retries": tally.retries,
        "ok": tally.ok,
        "errors": dict(tally.errors),
        "partial_streams": tally.partial_streams,
        "idempotent_replays": server.idempotency.replays,
        "duplicates": duplicates,
    }
    print(f"\n{mode}: {FIGURES[mode]}")
    assert tally.calls == CALLS_PER_MODE
    assert server.faults.total / server.faults.requests > 0.2  # the faults really happened
    assert tally.retries > 0 and tally.ok > CALLS_PER_MODE // 2
    assert server.violations == []


def test_sync_calls_survive_faults(waits: list[float]) -> None:
    calls, tally = plan(7), Tally()
    with (
        fault_server(7) as server,
        ImbraceClient(
            base_url=server.url, api_key="api_fault", max_retries=MAX_RETRIES, timeout=TIMEOUT
        ) as client,
    ):
        for call in calls:
            target = (
                client.with_options(idempotency_key=f"idem-{call.session}") if call.idempotent else client
            )
            result: Any = None
            exc: BaseException | None = None
            try:
                if call.op == "stream_chat":
                    result = "".join(target.ai_agent.stream_chat_text(chat_body(call)))
                elif call.op == "get_health":
                    result = target.ai_agent.get_health(detailed=call.detailed)
                elif call.op == "get_llm_models":
                    result = target.ai.get_llm_models()
                else:
                    result = getattr(target.ai_agent, call.op)()
            except Exception as error:
                exc = error
            record(tally, exc)
            if call.op == "stream_chat":
                check_chat(server, call, result, exc, tally)
            elif exc is None:
                check_read(call, result)
        report("sync", server, tally, waits, calls)


async def test_async_calls_survive_faults(waits: list[float]) -> None:
    calls, tally = plan(11), Tally()
    with fault_server(11) as server:
        async with AsyncImbraceClient(
            base_url=server.url, api_key="api_fault", max_retries=MAX_RETRIES, timeout=TIMEOUT
        ) as client:
            for call in calls:
                target = (
                    client.with_options(idempotency_key=f"idem-{call.session}") if call.idempotent else client
                )
                result: Any = None
                exc: BaseException | None = None
                try:
                    if call.op == "stream_chat":
                        result = "".join([t async for t in target.ai_agent.stream_chat_text(chat_body(call))])
                    elif call.op == "get_health":
                        result = await target.ai_agent.get_health(detailed=call.detailed)
                    elif call.op == "get_llm_models":
                        result = await target.ai.get_llm_models()
                    else:
                        result = await getattr(target.ai_agent, call.op)()
                except Exception as error:
                    exc = error
                record(tally, exc)
                if call.op == "stream_chat":
                    check_chat(server, call, result, exc, tally)
                elif exc is None:
                    check_read(call, result)
        report("async", server, tally, waits, calls)


def test_the_same_seed_replays_the_same_faults() -> None:
    from imbrace.testing._faults import FaultPlan

    first, second = FaultPlan(FAULTS, seed=3), FaultPlan(FAULTS, seed=3)
    a = [first.draw("GET", "/x") for _ in range(200)]
    b = [second.draw("GET", "/x") for _ in range(200)]
    assert a == b and first.log == second.log and first.total > 0
    assert [f.kind if f else None for f in a] != [
        f.kind if f else None for f in (FaultPlan(FAULTS, seed=4).draw("GET", "/x") for _ in range(200))
    ]
