"""One client shared by 16 threads, one async client shared by 500 tasks: no cross-talk, no leaked
connections, and every response matches its request (the mock's replies quote the message they answer)."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from imbrace import AsyncImbraceClient, ImbraceClient
from imbrace.testing import DEMO_ASSISTANT_ID, DEMO_PLAIN_ASSISTANT_ID, DEMO_USER_ID, MockServer

THREADS = 16
CALLS_PER_THREAD = 20
TASKS = 500


def body(tag: str, streaming: bool) -> dict[str, Any]:
    return {
        "assistant_id": DEMO_ASSISTANT_ID if streaming else DEMO_PLAIN_ASSISTANT_ID,
        "user_id": DEMO_USER_ID,
        "messages": [{"role": "user", "content": f"question {tag}"}],
    }


def assert_no_busy_connections(http: httpx.Client | httpx.AsyncClient) -> None:
    pool = http._transport._pool  # type: ignore[union-attr]
    assert not pool._requests, "requests still waiting for a connection"
    assert all(conn.is_idle() or conn.is_closed() for conn in pool.connections)


def test_threads_share_one_sync_client(imbrace_mock: MockServer) -> None:
    client = ImbraceClient(base_url=imbrace_mock.url, api_key="api_k", max_retries=0)

    def worker(thread: int) -> list[tuple[str, str]]:
        seen = []
        for n in range(CALLS_PER_THREAD):
            tag = f"t{thread}-{n}"
            if n % 3 == 0:
                health = client.ai_agent.get_health(detailed=bool(n % 2))
                seen.append((tag, "detailed" if "checks" in health else "plain"))
                assert ("checks" in health) is bool(n % 2)
            else:
                own = client.with_options(idempotency_key=f"key-{tag}")
                text = "".join(own.ai_agent.stream_chat_text(body(tag, streaming=n % 2 == 0)))
                assert f"\u201cquestion {tag}\u201d" in text, (tag, text)
                seen.append((tag, text))
        return seen

    with client, ThreadPoolExecutor(THREADS) as pool:
        results = [r for rs in pool.map(worker, range(THREADS)) for r in rs]
        assert len(results) == THREADS * CALLS_PER_THREAD
        assert len({tag for tag, _ in results}) == len(results)
        assert_no_busy_connections(client._transport.client)
    chats = THREADS * CALLS_PER_THREAD - len(range(0, CALLS_PER_THREAD, 3)) * THREADS
    assert imbrace_mock.store.effects["stream_chat"] == chats


async def test_tasks_share_one_async_client(imbrace_mock: MockServer) -> None:
    # 32 connections for 500 tasks: most tasks wait for a pooled connection, which is the point.
    client = AsyncImbraceClient(base_url=imbrace_mock.url, api_key="api_k", max_retries=0, max_connections=32)
    async with client:

        async def task(n: int) -> tuple[int, str]:
            if n % 4 == 0:
                health = await client.ai_agent.get_health(detailed=bool(n % 8))
                assert ("checks" in health) is bool(n % 8)
                return n, "health"
            text = "".join([t async for t in client.ai_agent.stream_chat_text(body(f"a{n}", n % 2 == 0))])
            assert f"\u201cquestion a{n}\u201d" in text, (n, text)
            return n, text

        results = await asyncio.gather(*(task(n) for n in range(TASKS)))
        assert [n for n, _ in results] == list(range(TASKS))
        assert_no_busy_connections(client._transport.client)
    assert imbrace_mock.store.effects["stream_chat"] == TASKS - len(range(0, TASKS, 4))
