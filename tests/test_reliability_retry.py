"""The retry policy, pinned on an in-process transport: what is retried, how long it waits, what it logs.

Nothing here sleeps: the transports' ``sleep`` is replaced by a recorder (see the ``sleeps`` fixture).
"""

from __future__ import annotations

import email.utils
import json
import logging
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from imbrace import (
    APIConnectionError,
    APITimeoutError,
    AsyncImbraceClient,
    ImbraceClient,
    InternalServerError,
    InvalidRequestError,
    RateLimitError,
    ServiceUnavailableError,
)
from imbrace._transport import AsyncTransport, Policy, SyncTransport, parse_retry_after

KEY = "api_live_secret_4242"
GW = "https://gw.example.com"
VERSION = {"version": "1.0"}
USER = {"id": "user_1"}

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every retry wait, recorded instead of slept."""
    waits: list[float] = []

    async def asleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(SyncTransport, "sleep", staticmethod(waits.append))
    monkeypatch.setattr(AsyncTransport, "sleep", staticmethod(asleep))
    return waits


class Script:
    """Answers each request with the next step: a response, or an exception to raise."""

    def __init__(self, *steps: httpx.Response | Exception) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, Exception):
            raise step
        return step


def reply(status: int, body: Any = None, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body if body is not None else {"message": "x"}, headers=headers)


def sync_client(script: Handler, **kwargs: Any) -> ImbraceClient:
    http = httpx.Client(transport=httpx.MockTransport(script))
    return ImbraceClient(base_url=GW, api_key=KEY, http_client=http, **kwargs)


def async_client(script: Handler, **kwargs: Any) -> AsyncImbraceClient:
    http = httpx.AsyncClient(transport=httpx.MockTransport(script))
    return AsyncImbraceClient(base_url=GW, api_key=KEY, http_client=http, **kwargs)


# -- backoff and retry budget ---------------------------------------------------------------------
def test_default_is_two_retries_with_exponential_backoff(
    sleeps: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("imbrace._transport.random.random", lambda: 0.0)
    script = Script(reply(500))
    with sync_client(script) as client, pytest.raises(InternalServerError) as info:
        client.ai_agent.get_version()
    assert len(script.requests) == 3 and sleeps == [0.5, 1.0]
    assert info.value.retries_taken == 2 and info.value.retried


def test_backoff_is_capped_at_8s_and_jitter_only_shortens(
    sleeps: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = Policy(ImbraceClient(base_url=GW, api_key=KEY)._config)
    monkeypatch.setattr("imbrace._transport.random.random", lambda: 0.0)
    assert [policy._backoff(n) for n in range(7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    monkeypatch.setattr("imbrace._transport.random.random", lambda: 0.999999)
    assert all(0.75 * b <= policy._backoff(n) <= b for n, b in enumerate([0.5, 1, 2, 4, 8]))


def test_max_retries_per_client_and_per_request(sleeps: list[float]) -> None:
    script = Script(reply(503))
    with sync_client(script, max_retries=4) as client:
        with pytest.raises(ServiceUnavailableError) as info:
            client.ai_agent.get_version()
        assert info.value.retries_taken == 4 and len(script.requests) == 5
        script.requests.clear()
        with pytest.raises(ServiceUnavailableError):
            client.with_options(max_retries=0).ai_agent.get_version()
        assert len(script.requests) == 1
        assert client.max_retries == 4 and client.with_options(max_retries=1).max_retries == 1


@pytest.mark.parametrize("bad", [-1, 1.5, True, "2"])
def test_max_retries_must_be_a_non_negative_int(bad: Any) -> None:
    with pytest.raises(InvalidRequestError, match="max_retries"):
        ImbraceClient(base_url=GW, api_key=KEY).with_options(max_retries=bad)


def test_with_options_timeout_reaches_the_wire() -> None:
    script = Script(reply(200, VERSION))
    with sync_client(script) as client:
        client.with_options(timeout=3.0).ai_agent.get_version()
    assert script.requests[0].extensions["timeout"]["read"] == 3.0


def test_success_after_retries(sleeps: list[float]) -> None:
    script = Script(reply(502), httpx.ConnectError("refused"), reply(200, VERSION))
    with sync_client(script, max_retries=3) as client:
        assert client.ai_agent.get_version()["version"] == "1.0"
    assert len(script.requests) == 3 and len(sleeps) == 2


# -- what is retried --------------------------------------------------------------------------------
@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_get_retries_retryable_statuses(sleeps: list[float], status: int) -> None:
    script = Script(reply(status), reply(200, VERSION))
    with sync_client(script) as client:
        client.ai_agent.get_version()
    assert len(script.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 413, 422])
def test_client_errors_are_not_retried(sleeps: list[float], status: int) -> None:
    script = Script(reply(status))
    with sync_client(script) as client, pytest.raises(Exception) as info:
        client.ai_agent.get_version()
    assert len(script.requests) == 1 and getattr(info.value, "status_code", None) == status


@pytest.mark.parametrize(
    "exc", [httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("dropped"), httpx.ReadError("reset")]
)
def test_get_retries_transport_errors(sleeps: list[float], exc: Exception) -> None:
    script = Script(exc, reply(200, VERSION))
    with sync_client(script) as client:
        client.ai_agent.get_version()
    assert len(script.requests) == 2


@pytest.mark.parametrize("status", [408, 500, 502, 504])
def test_post_is_not_retried_when_it_may_have_run(sleeps: list[float], status: int) -> None:
    script = Script(reply(status), reply(200, USER))
    with sync_client(script) as client, pytest.raises(Exception) as info:
        client.ai_agent.get_chat_client_user({})
    assert len(script.requests) == 1 and not info.value.retried  # type: ignore[attr-defined]


def test_post_503_without_retry_after_is_not_retried(sleeps: list[float]) -> None:
    script = Script(reply(503), reply(200, USER))
    with sync_client(script) as client, pytest.raises(ServiceUnavailableError):
        client.ai_agent.get_chat_client_user({})
    assert len(script.requests) == 1


@pytest.mark.parametrize("response", [reply(429), reply(503, **{"retry-after": "1"})])
def test_post_is_retried_when_the_server_says_it_did_not_run(
    sleeps: list[float], response: httpx.Response
) -> None:
    script = Script(response, reply(200, USER))
    with sync_client(script) as client:
        assert client.ai_agent.get_chat_client_user({})["id"] == "user_1"
    assert len(script.requests) == 2


def test_post_is_retried_when_the_connection_failed_before_sending(sleeps: list[float]) -> None:
    script = Script(httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), reply(200, USER))
    with sync_client(script) as client:
        client.ai_agent.get_chat_client_user({})
    assert len(script.requests) == 3


@pytest.mark.parametrize(
    ("exc", "error"),
    [(httpx.ReadTimeout("t"), APITimeoutError), (httpx.RemoteProtocolError("gone"), APIConnectionError)],
)
def test_post_is_not_retried_after_a_read_failure(
    sleeps: list[float], exc: Exception, error: type[Exception]
) -> None:
    script = Script(exc, reply(200, USER))
    with sync_client(script) as client, pytest.raises(error) as info:
        client.ai_agent.get_chat_client_user({})
    assert len(script.requests) == 1
    assert info.value.method == "POST" and info.value.retries_taken == 0  # type: ignore[attr-defined]


def test_idempotency_key_makes_post_retryable_and_is_sent_on_every_attempt(sleeps: list[float]) -> None:
    script = Script(httpx.ReadTimeout("t"), reply(500), reply(200, USER))
    with sync_client(script) as client:
        client.with_options(idempotency_key="idem-1").ai_agent.get_chat_client_user({})
    assert [r.headers["idempotency-key"] for r in script.requests] == ["idem-1"] * 3


def test_no_idempotency_key_unless_asked() -> None:
    script = Script(reply(200, USER))
    with sync_client(script) as client:
        client.ai_agent.get_chat_client_user({})
    assert "idempotency-key" not in script.requests[0].headers


@pytest.mark.parametrize("bad", ["", 5])
def test_idempotency_key_must_be_a_non_empty_string(bad: Any) -> None:
    with pytest.raises(InvalidRequestError, match="idempotency_key"):
        ImbraceClient(base_url=GW, api_key=KEY).with_options(idempotency_key=bad)


# -- what the server says ---------------------------------------------------------------------------
def test_x_should_retry_false_forbids_a_retry(sleeps: list[float]) -> None:
    script = Script(reply(503, **{"x-should-retry": "false"}), reply(200, VERSION))
    with sync_client(script) as client, pytest.raises(ServiceUnavailableError):
        client.ai_agent.get_version()
    assert len(script.requests) == 1


def test_x_should_retry_true_forces_one_even_for_post_400(sleeps: list[float]) -> None:
    script = Script(reply(400, **{"x-should-retry": "true"}), reply(200, USER))
    with sync_client(script) as client:
        client.ai_agent.get_chat_client_user({})
    assert len(script.requests) == 2


@pytest.mark.parametrize(
    ("headers", "wait"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "0"}, 0.0),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after-ms": "soon", "retry-after": "2"}, 2.0),
    ],
)
def test_retry_after_is_honoured(sleeps: list[float], headers: dict[str, str], wait: float) -> None:
    script = Script(reply(429, **headers), reply(200, VERSION))
    with sync_client(script) as client:
        client.ai_agent.get_version()
    assert sleeps == [wait]


def test_retry_after_as_an_http_date() -> None:
    now = time.time()
    headers = httpx.Headers({"retry-after": email.utils.formatdate(now + 30, usegmt=True)})
    assert 28.0 <= (parse_retry_after(headers, now=now) or 0) <= 30.0
    assert parse_retry_after(httpx.Headers({"retry-after": "Wed, 99 Foo 2026"})) is None
    assert parse_retry_after(httpx.Headers({"retry-after": "-5"})) is None


@pytest.mark.parametrize("headers", [{"retry-after": "300"}, {"retry-after-ms": "61000"}])
def test_a_longer_retry_after_than_the_cap_raises_instead_of_waiting(
    sleeps: list[float], headers: dict[str, str]
) -> None:
    script = Script(reply(429, **headers), reply(200, VERSION))
    with sync_client(script) as client, pytest.raises(RateLimitError) as info:
        client.ai_agent.get_version()
    assert sleeps == [] and len(script.requests) == 1 and info.value.retries_taken == 0


# -- logging ----------------------------------------------------------------------------------------
def test_every_retry_is_logged_at_info_without_secrets(
    sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    script = Script(reply(503, **{"retry-after": "2"}), httpx.ReadTimeout("t"), reply(200, VERSION))
    caplog.set_level(logging.INFO, logger="imbrace")
    with sync_client(script) as client:
        client.with_options(extra_headers={"x-extra-token": "tok_extra_9999"}).ai_agent.get_version()
    retries = [r for r in caplog.records if r.levelno == logging.INFO and "retrying" in r.getMessage()]
    assert len(retries) == 2
    first, second = (r.getMessage() for r in retries)
    assert "attempt 1" in first and "status 503" in first and "2.00s" in first
    assert "attempt 2" in second and "ReadTimeout" in second
    assert KEY not in caplog.text and "tok_extra_9999" not in caplog.text


# -- async: the same policy -------------------------------------------------------------------------
async def test_async_follows_the_same_policy(sleeps: list[float]) -> None:
    script = Script(reply(500), reply(500), reply(200, VERSION))
    async with async_client(script) as client:
        assert (await client.ai_agent.get_version())["version"] == "1.0"
        assert len(sleeps) == 2
        post = Script(reply(500), reply(200, USER))
        async with async_client(post) as other:
            with pytest.raises(InternalServerError):
                await other.ai_agent.get_chat_client_user({})
        assert len(post.requests) == 1
        keyed = Script(httpx.ReadTimeout("t"), reply(200, USER))
        async with async_client(keyed) as other:
            await other.with_options(idempotency_key="k-1").ai_agent.get_chat_client_user({})
        assert [r.headers["idempotency-key"] for r in keyed.requests] == ["k-1", "k-1"]


# -- streams ----------------------------------------------------------------------------------------
def _chunks(parts: list[bytes], fail: Exception) -> Iterator[bytes]:
    yield from parts
    raise fail


class BrokenStream(httpx.SyncByteStream):
    def __init__(self, parts: list[bytes]) -> None:
        self.parts = parts

    def __iter__(self) -> Iterator[bytes]:
        return _chunks(self.parts, httpx.ReadError("connection reset"))


def test_a_stream_is_never_retried_once_its_first_byte_reached_the_caller(sleeps: list[float]) -> None:
    from imbrace import IncompleteStreamError

    delta = json.dumps({"type": "text-delta", "id": "t", "delta": "Hel"})
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(
            200,
            headers={"content-type": "text/event-stream"},
            stream=BrokenStream([b'data: {"type":"start"}\n\n', f"data: {delta}\n\n".encode()]),
        )

    body = {"assistant_id": "a1", "user_id": "u1", "messages": [{"role": "user", "content": "hi"}]}
    with sync_client(handler, max_retries=5) as client:
        got: list[str] = []
        with pytest.raises(IncompleteStreamError) as info:
            for text in client.with_options(idempotency_key="k").ai_agent.stream_chat_text(body):
                got.append(text)
    assert got == ["Hel"] and info.value.partial_text == "Hel" and len(calls) == 1 and sleeps == []


# -- bodies that cannot be sent twice ----------------------------------------------------------------
def _gen() -> Iterator[bytes]:
    yield b'{"a": 1}'


class Refusing(httpx.BaseTransport):
    """Fails every attempt without reading the body, as a refused connection does."""

    def __init__(self) -> None:
        self.attempts = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.attempts += 1
        raise httpx.ConnectError("refused")


def test_a_generator_body_is_never_retried(sleeps: list[float]) -> None:
    transport = Refusing()
    client = ImbraceClient(base_url=GW, api_key=KEY, http_client=httpx.Client(transport=transport))
    with pytest.raises(APIConnectionError):
        client.with_options(idempotency_key="k")._transport.send(
            {"method": "PUT", "url": "/ai-agent/x", "content": _gen()}
        )
    assert transport.attempts == 1
    with pytest.raises(APIConnectionError):
        client._transport.send({"method": "PUT", "url": "/ai-agent/x", "content": b"bytes"})
    assert transport.attempts == 1 + 3  # bytes can be sent again
    client.close()


def test_multipart_with_seekable_files_is_replayed_whole(sleeps: list[float], tmp_path: Any) -> None:
    import io

    bodies: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(request.read())
        return reply(503) if len(bodies) == 1 else reply(200, USER)

    with sync_client(handler) as client:
        client._transport.send(
            {"method": "PUT", "url": "/ai-agent/x", "files": [("file", ("a.txt", io.BytesIO(b"payload")))]}
        )
    assert len(bodies) == 2 and bodies[0] == bodies[1] and b"payload" in bodies[1]


def test_with_options_copies_merge_and_leave_the_original_alone() -> None:
    script = Script(reply(200, USER))
    with sync_client(script, max_retries=4) as client:
        first = client.with_options(idempotency_key="a", extra_headers={"x-one": "1"}, timeout=2.0)
        second = first.with_options(extra_headers={"x-two": "2"}, max_retries=0)
        second.ai_agent.get_chat_client_user({})
        client.ai_agent.get_chat_client_user({})
        assert second._transport.client is client._transport.client  # one connection pool
    keyed, plain = script.requests
    assert (
        keyed.headers["idempotency-key"] == "a"
        and keyed.headers["x-one"] == "1"
        and keyed.headers["x-two"] == "2"
    )
    assert keyed.extensions["timeout"]["read"] == 2.0 and second.max_retries == 0 and client.max_retries == 4
    assert "idempotency-key" not in plain.headers and "x-one" not in plain.headers
