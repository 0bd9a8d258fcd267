"""Secrets, everywhere (issue 15): a credential is never in an error's str, repr, traceback, pickle or any
attribute reachable from it (``exc.__context__.request.headers`` included), nor in a log line, even when
the server echoes it back in an SSE ``error`` chunk, an enum it cannot parse, the body of an undocumented
2xx status or ``x-request-id``. Loopback or in-process transports only."""

from __future__ import annotations

import logging
import pickle
import socket
import traceback
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from imbrace import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncImbraceClient,
    ImbraceClient,
    ImbraceError,
    NotFoundError,
    StreamEventError,
)

KEY = "api_live_s3cret_9f8e7d6c"
TOKEN = "tok_user_s3cret_1a2b3c4d"
GW = "https://gw.example.com"
CHAT = {"assistant_id": "asst_1", "user_id": "u_1", "messages": [{"role": "user", "content": "hi"}]}


def reachable(root: object, limit: int = 20000) -> Iterator[str]:
    """Every string reachable from ``root``: args, attributes, __context__/__cause__, httpx requests'
    headers and URLs, containers. Bounded by ``limit`` objects."""
    seen: set[int] = set()
    todo: list[object] = [root]
    while todo and len(seen) < limit:
        obj = todo.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, str | bytes):
            yield obj if isinstance(obj, str) else obj.decode("latin-1")
        elif isinstance(obj, BaseException):
            todo += [obj.args, vars(obj), obj.__context__, obj.__cause__, str(obj), repr(obj)]
            todo.append("".join(traceback.format_exception(obj)))
        elif isinstance(obj, httpx.Request):
            todo += [dict(obj.headers), str(obj.url)]
        elif isinstance(obj, httpx.Response):
            todo += [dict(obj.headers), obj._request]
        elif isinstance(obj, dict):
            todo += [*obj.keys(), *obj.values()]
        elif isinstance(obj, list | tuple | set | frozenset):
            todo += list(obj)
        elif hasattr(obj, "__dict__") and not isinstance(obj, type):
            todo.append(vars(obj))


def assert_no_secret(exc: BaseException, *secrets: str) -> None:
    for text in reachable(exc):
        for secret in secrets:
            assert secret not in text, f"{secret!r} reachable from {type(exc).__name__}: {text[:200]!r}"
    dumped = pickle.dumps(exc)
    for secret in secrets:
        assert secret.encode() not in dumped


def make(handler: Any, **kwargs: Any) -> ImbraceClient:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return ImbraceClient(base_url=GW, http_client=http, api_key=KEY, max_retries=0, **kwargs)


def amake(handler: Any) -> AsyncImbraceClient:
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return AsyncImbraceClient(base_url=GW, http_client=http, api_key=KEY, max_retries=0)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# -- no answer: refused, timed out -----------------------------------------------------------------------


def test_a_refused_connection_error_holds_no_credential_anywhere() -> None:
    client = ImbraceClient(base_url=f"http://127.0.0.1:{free_port()}", api_key=KEY, max_retries=0)
    with pytest.raises(APIConnectionError) as info:
        client.platform.get_team("team_1")
    assert info.value.__context__ is None  # today: the httpx.ConnectError, its request's headers hold KEY
    assert_no_secret(info.value, KEY)


def test_a_timeout_error_holds_no_credential_anywhere() -> None:
    with socket.socket() as server:  # accepts (the backlog does) and never answers
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        url = f"http://127.0.0.1:{server.getsockname()[1]}"
        client = ImbraceClient(base_url=url, access_token=TOKEN, max_retries=0, timeout=0.3)
        with pytest.raises(APITimeoutError) as info:
            client.platform.get_team("team_1")
        client.close()
    assert_no_secret(info.value, TOKEN)


async def test_async_refused_connection_error_holds_no_credential() -> None:
    client = AsyncImbraceClient(base_url=f"http://127.0.0.1:{free_port()}", api_key=KEY, max_retries=0)
    with pytest.raises(APIConnectionError) as info:
        await client.platform.get_team("team_1")
    await client.close()
    assert_no_secret(info.value, KEY)


def test_a_stream_broken_mid_way_holds_no_credential() -> None:
    def chunks() -> Iterator[bytes]:
        yield b'data: {"type":"text-delta","id":"t","delta":"Hel"}\n\n'
        raise httpx.ReadError("connection reset")

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=chunks())

    with pytest.raises(ImbraceError) as info:
        list(make(handler).ai_agent.stream_chat_text(CHAT))
    assert info.value.__context__ is None
    assert_no_secret(info.value, KEY)


# -- the server echoes the credential -----------------------------------------------------------------


def echo_stream(request: httpx.Request) -> httpx.Response:
    key = request.headers["x-api-key"]
    body = (
        'data: {"type":"text-delta","id":"t","delta":"Hi"}\n\n'
        f'data: {{"type":"error","errorText":"invalid key {key} for this agent"}}\n\n'
    )
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, text=body)


def test_an_sse_error_chunk_echoing_the_key_is_masked() -> None:
    with pytest.raises(StreamEventError) as info:
        list(make(echo_stream).ai_agent.stream_chat_text(CHAT))
    assert "invalid key *** for this agent" in info.value.error_text
    assert info.value.partial_text == "Hi"
    assert_no_secret(info.value, KEY)


def test_an_sse_error_chunk_echoing_the_key_is_masked_in_typed_events() -> None:
    with pytest.raises(StreamEventError) as info:
        list(make(echo_stream).ai_agent.stream_chat_events(CHAT))
    assert_no_secret(info.value, KEY)


async def test_async_sse_error_chunk_echoing_the_key_is_masked() -> None:
    client = amake(echo_stream)
    with pytest.raises(StreamEventError) as info:
        async for _ in client.ai_agent.stream_chat_text(CHAT):
            pass
    assert_no_secret(info.value, KEY)


def test_an_enum_parse_error_echoing_the_key_is_masked() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"status": request.headers["x-api-key"], "valid": True})

    with pytest.raises(APIResponseValidationError) as info:
        make(handler).license.get()
    assert "***" in str(info.value)
    assert_no_secret(info.value, KEY)


def test_an_undocumented_2xx_body_echoing_the_key_is_masked() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(299, text=f"odd status for {request.headers['x-api-key']}")

    with pytest.raises(APIResponseValidationError) as info:
        make(handler).platform.get_team("team_1")
    assert info.value.body == "odd status for ***"
    assert_no_secret(info.value, KEY)


def test_an_html_page_echoing_the_key_is_masked() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        page = f"<html><body>Sign in again ({request.headers['x-api-key']})</body></html>"
        return httpx.Response(200, headers={"content-type": "text/html"}, text=page)

    with pytest.raises(APIResponseValidationError) as info:
        make(handler).platform.get_team("team_1")
    assert_no_secret(info.value, KEY)


def test_a_request_id_echoing_the_key_is_masked_in_errors_and_logs(caplog: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        rid = f"req-{request.headers['x-api-key']}"
        return httpx.Response(404, json={"message": "no team"}, headers={"x-request-id": rid})

    with caplog.at_level(logging.DEBUG, logger="imbrace"), pytest.raises(NotFoundError) as info:
        make(handler).platform.get_team("team_1")
    assert info.value.request_id == "req-***"
    assert_no_secret(info.value, KEY)
    assert caplog.records and all(KEY not in r.getMessage() for r in caplog.records)


def test_a_request_id_echoing_the_key_is_masked_in_success_logs(caplog: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        rid = f"req-{request.headers['x-api-key']}"
        return httpx.Response(200, json={"_id": "team_1"}, headers={"x-request-id": rid})

    with caplog.at_level(logging.DEBUG, logger="imbrace"):
        make(handler).platform.get_team("team_1")
    assert any("req-***" in r.getMessage() for r in caplog.records)
    assert all(KEY not in r.getMessage() for r in caplog.records)
