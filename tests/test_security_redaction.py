"""Secrets never show (repr, logs at every level, error messages, echoed bodies), what the logs do
say, and the response size limits."""

from __future__ import annotations

import gzip
import json
import logging
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from imbrace import (
    APIConnectionError,
    AsyncImbraceClient,
    AuthenticationError,
    ImbraceClient,
    ResponseTooLargeError,
)
from imbrace._transport import SyncTransport

KEY = "api_live_secret_4242"
EXTRA = "xtra_per_request_7777"
TOKEN = "acc_user_token_5555"
GW = "https://gw.example.com"


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SyncTransport, "sleep", staticmethod(lambda s: None))


def make(handler: Any, **kwargs: Any) -> ImbraceClient:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    auth = kwargs.pop("auth", {"api_key": KEY})
    return ImbraceClient(base_url=GW, http_client=http, **auth, **kwargs)


def echo(status: int) -> Any:
    """A server that echoes every header back, in the body and in a header."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen = dict(request.headers)
        return httpx.Response(
            status,
            json={"message": f"bad key {seen.get('x-api-key')} / {seen.get('x-extra-key')}", "headers": seen},
            headers={"x-echo": seen.get("x-api-key", ""), "x-request-id": "req_123"},
        )

    return handler


def assert_clean(*texts: object) -> None:
    for text in texts:
        for secret in (KEY, EXTRA, TOKEN):
            assert secret not in str(text), f"secret leaked in {str(text)[:200]!r}"


def test_repr_shows_no_secret() -> None:
    client = ImbraceClient(base_url=GW, api_key=KEY, default_headers={"x-custom-token": TOKEN})
    copy = client.with_options(extra_headers={"x-extra-key": EXTRA, "authorization": f"Bearer {EXTRA}"})
    assert_clean(repr(client), repr(copy), repr(client._config), repr(copy._options))
    assert "***" in repr(copy._options)


def test_error_from_a_server_echoing_the_key_is_scrubbed(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="imbrace")
    with make(echo(401)) as client, pytest.raises(AuthenticationError) as info:
        client.with_options(extra_headers={"x-extra-key": EXTRA}).ai_agent.get_version()
    err = info.value
    assert_clean(str(err), repr(err), err.body, err.message, err.args, caplog.text)
    assert err.status_code == 401 and err.request_id == "req_123" and err.method == "GET"
    assert err.url == f"{GW}/ai-agent/version" and err.retries_taken == 0 and not err.retried
    assert err.body["headers"]["x-api-key"] == "***"


def test_bearer_tokens_are_scrubbed_both_whole_and_bare() -> None:
    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2lnbmF0dXJlXzk5"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            403, json={"error": f"token {jwt} rejected; {request.headers['authorization']}"}
        )

    auth = {"access_token": jwt, "organization_id": "org_1"}
    with make(handler, auth=auth) as client, pytest.raises(Exception) as info:
        client.ai_agent.get_version()
    assert jwt not in str(info.value) and jwt not in json.dumps(info.value.body)  # type: ignore[attr-defined]


def test_query_secrets_and_user_info_are_redacted_from_urls(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="imbrace")
    with make(echo(404)) as client, pytest.raises(Exception) as info:
        client._transport.send(
            {"method": "GET", "url": "/ai-agent/x", "params": {"access_token": "qs_secret_1", "page": "2"}}
        )
    assert "qs_secret_1" not in str(info.value) and "qs_secret_1" not in caplog.text
    assert "page=2" in str(info.value)


def test_connection_errors_carry_no_secret(caplog: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"could not connect with {request.headers['x-api-key']}")

    caplog.set_level(logging.DEBUG, logger="imbrace")
    with make(handler) as client, pytest.raises(APIConnectionError) as info:
        client.ai_agent.get_version()
    assert_clean(str(info.value), caplog.text)
    assert info.value.retries_taken == 2 and info.value.method == "GET"


def test_debug_logs_never_carry_bodies_or_headers(caplog: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json={"id": "user_1", "secret_note": "BODY_MARKER"}, headers={"x-request-id": "req_9"}
        )

    caplog.set_level(logging.DEBUG)  # every logger, httpx's included
    with make(handler) as client:
        client.with_options(extra_headers={"x-extra-key": EXTRA}).ai_agent.get_chat_client_user(
            {"token": "BODY_TOKEN"}
        )
    assert_clean(caplog.text)
    assert "BODY_MARKER" not in caplog.text and "BODY_TOKEN" not in caplog.text
    lines = [r.getMessage() for r in caplog.records if r.name == "imbrace"]
    assert any(
        "POST" in m and "/ai-agent/chat-client/auth/user" in m and "200" in m and "req_9" in m for m in lines
    )


def test_imbrace_log_env_turns_on_redacted_logging(imbrace_mock: Any) -> None:
    script = textwrap.dedent(
        f"""
        from imbrace import ImbraceClient
        c = ImbraceClient(base_url={imbrace_mock.url!r}, api_key={KEY!r}, max_retries=0)
        c.ai_agent.get_version()
        c.with_options(extra_headers={{"x-extra-key": {EXTRA!r}}}).ai_agent.get_config()
        try:
            c._transport.send({{"method": "GET", "url": "/ai-agent/nope"}})
        except Exception as e:
            print(type(e).__name__)
        """
    )
    env = {**os.environ, "IMBRACE_LOG": "debug"}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    assert_clean(out.stderr, out.stdout)
    assert (
        "GET" in out.stderr and "/ai-agent/version -> 200" in out.stderr and "request_id=req_" in out.stderr
    )
    assert "ms" in out.stderr and "NotFoundError" in out.stdout


# -- size limits -------------------------------------------------------------------------------------
def _chunked(size: int) -> Iterator[bytes]:
    yield b'{"version": "'
    for _ in range(size // 1000):
        yield b"x" * 1000
    yield b'"}'


@pytest.mark.parametrize(
    "response",
    [
        pytest.param(lambda: httpx.Response(200, content=b"x" * 5000), id="content-length"),
        pytest.param(
            lambda: httpx.Response(200, content=_chunked(5000), headers={"content-type": "application/json"}),
            id="chunked",
        ),
        pytest.param(
            lambda: httpx.Response(
                200,
                content=gzip.compress(b'{"version": "' + b"x" * 50_000 + b'"}'),
                headers={"content-encoding": "gzip", "content-type": "application/json"},
            ),
            id="gzip-bomb",
        ),
        pytest.param(lambda: httpx.Response(500, content=_chunked(5000)), id="error-body"),
    ],
)
def test_json_responses_have_a_size_limit(response: Any) -> None:
    client = make(lambda request: response(), max_response_bytes=2000, max_retries=0)
    with client, pytest.raises(ResponseTooLargeError) as info:
        client.ai_agent.get_version()
    assert "max_response_bytes=2000" in str(info.value) and info.value.method == "GET"


def test_a_response_within_the_limit_is_read() -> None:
    body = {"version": "y" * 1500}
    json_type = {"content-type": "application/json"}
    with make(
        lambda r: httpx.Response(200, content=_chunked(1000), headers=json_type), max_response_bytes=2000
    ) as client:
        assert len(client.ai_agent.get_version()["version"]) == 1000
    with make(lambda r: httpx.Response(200, json=body), max_response_bytes=2000) as client:
        assert client.ai_agent.get_version()["version"] == body["version"]


async def test_async_size_limit_counts_chunked_bodies() -> None:
    async def chunks() -> Any:
        for piece in _chunked(5000):
            yield piece

    http = httpx.AsyncClient(transport=httpx.MockTransport(lambda r: httpx.Response(200, content=chunks())))
    async with AsyncImbraceClient(
        base_url=GW, api_key=KEY, http_client=http, max_response_bytes=2000
    ) as client:
        with pytest.raises(ResponseTooLargeError):
            await client.ai_agent.get_version()


def test_error_headers_are_scrubbed_too() -> None:
    with make(echo(401)) as client, pytest.raises(AuthenticationError) as info:
        client.ai_agent.get_version()
    assert info.value.headers["x-echo"] == "***" and info.value.headers["x-request-id"] == "req_123"
