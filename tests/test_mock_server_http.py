"""The mock as an HTTP server people test against: malformed requests get a 400 (never a 500, a hang or
no reply, and never a "violation"), chunked request bodies are read, and connections are kept alive."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import httpx
import pytest

from imbrace import AsyncImbraceClient, ImbraceClient
from imbrace.testing import DEMO_PLAIN_ASSISTANT_ID, DEMO_USER_ID, MockServer

AUTH = {"x-api-key": "api_k"}
CHAT = {
    "id": "5b1f7c1e-8a55-4a5e-9a55-2f4f0f3b7c11",
    "assistant_id": DEMO_PLAIN_ASSISTANT_ID,
    "user_id": DEMO_USER_ID,
    "messages": [{"role": "user", "content": "hello chunked"}],
}


@pytest.fixture
def server() -> Iterator[MockServer]:
    with MockServer(delta_delay_ms=0) as s:
        yield s


def raw_exchange(server: MockServer, request: bytes) -> tuple[int, bytes]:
    """Send ``request`` bytes on a fresh socket; the status and what came back before the server closed
    (bounded: a server that neither answers nor closes fails the test after 5 s)."""
    with socket.create_connection((server.host, server._server.server_port), timeout=5) as sock:  # type: ignore[union-attr]
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    assert data.startswith(b"HTTP/1.1 "), data[:200]
    return int(data.split()[1]), data


def post(path: str, headers: list[str], body: bytes) -> bytes:
    head = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", "x-api-key: api_k", "Content-Type: application/json"]
    return ("\r\n".join(head + headers) + "\r\n\r\n").encode() + body


@pytest.mark.parametrize(
    "lengths",
    [["abc"], ["-5"], ["5", "7"], ["5, 7"], ["1e3"]],
    ids=["abc", "negative", "two-conflicting", "list", "exponent"],
)
def test_a_malformed_content_length_gets_400_and_no_violation(server: MockServer, lengths: list[str]) -> None:
    body = json.dumps(CHAT).encode()
    status, reply = raw_exchange(
        server, post("/ai-agent/v2/chat", [f"Content-Length: {n}" for n in lengths], body)
    )
    assert status == 400, reply[:300]
    assert b"Content-Length" in reply and b"connection: close" in reply.lower()
    assert server.violations == []
    assert httpx.get(f"{server.url}/ai-agent/health", headers=AUTH, timeout=5).status_code == 200


def test_content_length_with_chunked_gets_400(server: MockServer) -> None:
    status, _ = raw_exchange(
        server,
        post("/ai-agent/v2/chat", ["Content-Length: 5", "Transfer-Encoding: chunked"], b"0\r\n\r\n"),
    )
    assert status == 400 and server.violations == []


def test_json_nested_100000_deep_gets_400_and_no_violation(server: MockServer) -> None:
    deep = b'{"messages": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    reply = httpx.post(
        f"{server.url}/ai-agent/v2/chat",
        content=deep,
        headers={**AUTH, "content-type": "application/json"},
        timeout=10,
    )
    assert reply.status_code == 400, reply.text[:300]
    assert server.violations == []


def test_json_nested_past_the_mock_limit_but_under_the_recursion_limit_gets_400(server: MockServer) -> None:
    body = {**CHAT, "metadata": json.loads("[" * 600 + "]" * 600)}
    reply = httpx.post(f"{server.url}/ai-agent/v2/chat", json=body, headers=AUTH, timeout=10)
    assert reply.status_code == 400 and "nested deeper" in reply.json()["message"]
    assert server.violations == []


def test_a_chunked_request_body_is_read_like_any_other(server: MockServer) -> None:
    data = json.dumps(CHAT).encode()

    def pieces() -> Iterator[bytes]:
        yield from (data[i : i + 7] for i in range(0, len(data), 7))

    headers = {**AUTH, "content-type": "application/json"}
    reply = httpx.post(f"{server.url}/ai-agent/v2/chat", content=pieces(), headers=headers, timeout=10)
    assert reply.request.headers.get("transfer-encoding") == "chunked"
    assert reply.status_code == 200, reply.text[:300]
    assert "hello chunked" in reply.text
    assert server.store.effects["stream_chat"] == 1 and server.violations == []


def test_a_malformed_chunked_body_gets_400(server: MockServer) -> None:
    status, _ = raw_exchange(
        server, post("/ai-agent/v2/chat", ["Transfer-Encoding: chunked"], b"zz\r\n{}\r\n0\r\n\r\n")
    )
    assert status == 400 and server.violations == []


def test_a_chunked_body_over_the_upload_limit_gets_413() -> None:
    with MockServer(delta_delay_ms=0, max_upload_bytes=100) as server:
        reply = httpx.post(
            f"{server.url}/ai-agent/v2/chat",
            content=iter([b"x" * 80, b"y" * 80]),
            headers={**AUTH, "content-type": "application/json"},
            timeout=10,
        )
    assert reply.status_code == 413


def test_connections_are_kept_alive(server: MockServer) -> None:
    with httpx.Client(headers=AUTH, timeout=5) as http:
        replies = [http.get(f"{server.url}/ai-agent/health") for _ in range(5)]
        replies.append(http.post(f"{server.url}/ai-agent/v2/chat", json=CHAT))  # a streamed (chunked) reply
        replies.append(http.get(f"{server.url}/ai-agent/health"))
        connections = http._transport._pool.connections  # type: ignore[attr-defined]
        assert [r.status_code for r in replies] == [200] * 7
        assert all("close" not in r.headers.get("connection", "") for r in replies)
        assert len(connections) == 1 and not connections[0].is_closed()


def test_the_sdk_reuses_one_connection_against_the_mock(server: MockServer) -> None:
    with ImbraceClient(base_url=server.url, api_key="api_k", max_retries=0) as client:
        for _ in range(5):
            client.ai_agent.get_health()
        "".join(client.ai_agent.stream_chat_text(CHAT))
        client.ai_agent.get_health()
        assert len(client._transport.client._transport._pool.connections) == 1  # type: ignore[attr-defined]


async def test_the_async_sdk_reuses_one_connection_against_the_mock(server: MockServer) -> None:
    async with AsyncImbraceClient(base_url=server.url, api_key="api_k", max_retries=0) as client:
        for _ in range(5):
            await client.ai_agent.get_health()
        pool = client._transport.client._transport._pool  # type: ignore[attr-defined]
        assert len(pool.connections) == 1


def test_a_reply_to_an_unread_body_closes_the_connection() -> None:
    with MockServer(delta_delay_ms=0, max_upload_bytes=10) as server:
        reply = httpx.post(f"{server.url}/ai-agent/v2/chat", content=b"x" * 5000, headers=AUTH, timeout=5)
        assert reply.status_code == 413 and reply.headers.get("connection") == "close"
        assert httpx.get(f"{server.url}/ai-agent/health", headers=AUTH, timeout=5).status_code == 200


def test_stopping_the_server_ends_kept_alive_connections() -> None:
    server = MockServer(delta_delay_ms=0).start()
    with httpx.Client(headers=AUTH, timeout=5) as http:
        assert http.get(f"{server.url}/ai-agent/health").status_code == 200
        url = server.url
        server.stop()
        with pytest.raises(httpx.TransportError):
            http.get(f"{url}/ai-agent/health")
