"""The exact wire format, pinned with pytest-httpserver: headers per auth mode, body defaults, errors."""

from __future__ import annotations

import json
import uuid

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from imbrace import (
    APIStatusError,
    AsyncImbraceClient,
    AuthenticationError,
    BadRequestError,
    ImbraceClient,
    IncompleteStreamError,
    InvalidRequestError,
    NotFoundError,
    ServiceUnavailableError,
    StreamAbortedError,
    StreamEventError,
)

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2ln"
SSE = {"content-type": "text/event-stream"}
USER = {"id": "user_42", "name": "U"}
BODY = {"assistant_id": "a1", "messages": [{"role": "user", "content": "hi"}]}


def sse(*chunks: object, done: bool = True) -> str:
    out = "".join(f"data: {json.dumps(c)}\n\n" for c in chunks)
    return out + ("data: [DONE]\n\n" if done else "")


FULL = sse(
    {"type": "start"},
    {"type": "text-delta", "id": "t", "delta": "Hel"},
    {"type": "text-delta", "id": "t", "delta": "lo"},
    {"type": "finish"},
)


@pytest.mark.parametrize(
    ("kwargs", "expected", "absent"),
    [
        (
            {"api_key": "api_k", "organization_id": "org_1"},
            {"x-api-key": "api_k"},
            ["x-organization-id", "authorization"],
        ),
        (
            {"access_token": JWT, "organization_id": "org_1"},
            {"authorization": f"Bearer {JWT}", "x-organization-id": "org_1"},
            ["x-api-key", "x-access-token"],
        ),
        (
            {"access_token": "acc_1", "organization_id": "org_1"},
            {"x-access-token": "acc_1", "x-organization-id": "org_1"},
            ["authorization"],
        ),
    ],
)
def test_auth_headers_on_the_wire(
    httpserver: HTTPServer, kwargs: dict[str, str], expected: dict[str, str], absent: list[str]
) -> None:
    httpserver.expect_request("/ai-agent/version", headers=expected).respond_with_json({"version": "1"})
    client = ImbraceClient(base_url=httpserver.url_for("").rstrip("/"), **kwargs)
    assert client.ai_agent.get_version()["version"] == "1"
    request = httpserver.log[0][0]
    for name in absent:
        assert name not in request.headers
    assert request.headers["user-agent"].startswith("imbrace-python/")


def test_query_booleans_are_lowercase(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/ai-agent/health", query_string="detailed=true").respond_with_json(
        {"status": "ok"}
    )
    client = ImbraceClient(base_url=httpserver.url_for("").rstrip("/"), api_key="k")
    assert client.ai_agent.get_health(detailed=True).status == "ok"


def test_chat_body_defaults_and_user_lookup_once(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/ai-agent/chat-client/auth/user", method="POST").respond_with_json(USER)
    httpserver.expect_request("/ai-agent/v2/chat", method="POST").respond_with_data(FULL, headers=SSE)
    client = ImbraceClient(
        base_url=httpserver.url_for("").rstrip("/"), access_token="acc_1", organization_id="org_9"
    )
    assert "".join(client.ai_agent.stream_chat_text(BODY)) == "Hello"
    assert "".join(client.ai_agent.stream_chat_text(BODY)) == "Hello"
    paths = [r.path for r, _ in httpserver.log]
    assert paths.count("/ai-agent/chat-client/auth/user") == 1  # resolved once, then cached
    lookup = json.loads(httpserver.log[0][0].data)
    assert lookup == {"token": "acc_1"}
    chat = json.loads(httpserver.log[1][0].data)
    uuid.UUID(chat["id"])
    assert chat["organization_id"] == "org_9" and chat["user_id"] == "user_42"
    assert httpserver.log[1][0].headers["accept"].startswith("text/event-stream")
    assert BODY == {
        "assistant_id": "a1",
        "messages": [{"role": "user", "content": "hi"}],
    }  # caller's dict untouched


async def test_async_chat_fills_organization_too(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/ai-agent/v2/chat", method="POST").respond_with_data(FULL, headers=SSE)
    async with AsyncImbraceClient(
        base_url=httpserver.url_for("").rstrip("/"), api_key="k", organization_id="org_9"
    ) as client:
        text = "".join([t async for t in client.ai_agent.stream_chat_text({**BODY, "user_id": "u1"})])
    assert text == "Hello"
    chat = json.loads(httpserver.log[0][0].data)
    assert chat["organization_id"] == "org_9" and chat["user_id"] == "u1"


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"messages": [{"role": "user", "content": "x"}]}, "body.assistant_id"),
        ({"assistant_id": "a", "messages": []}, "body.messages"),
        ({"id": "chat_id", "assistant_id": "a", "messages": [{"role": "user", "content": "x"}]}, "body.id"),
        ({"assistant_id": 5, "messages": [{"role": "user", "content": "x"}]}, "body.assistant_id"),
        ({"assistant_id": "a", "messages": [{"content": "x"}]}, "body.messages[0].role"),
        (
            {"assistant_id": "a", "messages": [{"role": "user", "parts": [{"text": "x"}]}]},
            "body.messages[0].parts[0].type",
        ),
        ({"assistant_id": "a", "messages": [{"role": "user", "content": "x"}], "extra": 1}, "body.extra"),
    ],
)
def test_bad_chat_input_is_rejected_before_sending(
    httpserver: HTTPServer, body: dict[str, object], param: str
) -> None:
    client = ImbraceClient(base_url=httpserver.url_for("").rstrip("/"), api_key="k")
    with pytest.raises(InvalidRequestError) as info:
        client.ai_agent.stream_chat(body)
    assert info.value.param == param
    assert httpserver.log == []


@pytest.mark.parametrize(
    ("status", "cls"), [(400, BadRequestError), (401, AuthenticationError), (404, NotFoundError)]
)
def test_status_errors_are_typed(httpserver: HTTPServer, status: int, cls: type[Exception]) -> None:
    httpserver.expect_request("/ai-agent/config").respond_with_json(
        {"message": "nope"}, status=status, headers={"x-request-id": "req_1"}
    )
    client = ImbraceClient(base_url=httpserver.url_for("").rstrip("/"), api_key="k")
    with pytest.raises(cls) as info:
        client.ai_agent.get_config()
    err = info.value
    assert err.status_code == status and err.body == {"message": "nope"}  # type: ignore[attr-defined]
    assert err.request_id == "req_1" and err.method == "GET"  # type: ignore[attr-defined]


def test_503_with_retry_after_is_retried_even_for_post(httpserver: HTTPServer) -> None:
    calls = {"n": 0}

    def flaky(request: Request) -> Response:
        calls["n"] += 1
        if calls["n"] == 1:
            return Response("busy", status=503, headers={"Retry-After": "0"})
        return Response(FULL, headers=SSE)

    httpserver.expect_request("/ai-agent/v2/chat").respond_with_handler(flaky)
    client = ImbraceClient(base_url=httpserver.url_for("").rstrip("/"), api_key="k")
    assert "".join(client.ai_agent.stream_chat_text({**BODY, "user_id": "u"})) == "Hello"
    assert calls["n"] == 2


def test_500_on_post_is_not_retried(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/ai-agent/v2/chat").respond_with_data("boom", status=500)
    client = ImbraceClient(base_url=httpserver.url_for("").rstrip("/"), api_key="k")
    with pytest.raises(Exception) as info:
        client.ai_agent.stream_chat({**BODY, "user_id": "u"})
    assert getattr(info.value, "status_code", None) == 500
    assert len(httpserver.log) == 1


def test_get_is_retried_on_503_then_raises_typed(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/ai-agent/version").respond_with_data(
        "down", status=503, headers={"Retry-After": "0"}
    )
    client = ImbraceClient(base_url=httpserver.url_for("").rstrip("/"), api_key="k", max_retries=2)
    with pytest.raises(ServiceUnavailableError) as info:
        client.ai_agent.get_version()
    assert len(httpserver.log) == 3 and info.value.retries_taken == 2


@pytest.mark.parametrize(
    ("stream", "cls", "partial"),
    [
        (sse({"type": "text-delta", "id": "t", "delta": "Hal"}, done=False), IncompleteStreamError, "Hal"),
        (
            sse(
                {"type": "text-delta", "id": "t", "delta": "Ha"}, {"type": "error", "errorText": "bad model"}
            ),
            StreamEventError,
            "Ha",
        ),
        (
            sse({"type": "text-delta", "id": "t", "delta": "H"}, {"type": "abort", "reason": "user"}),
            StreamAbortedError,
            "H",
        ),
    ],
)
def test_broken_streams_raise_with_partial_text(
    httpserver: HTTPServer, stream: str, cls: type[Exception], partial: str
) -> None:
    httpserver.expect_request("/ai-agent/v2/chat").respond_with_data(stream, headers=SSE)
    client = ImbraceClient(base_url=httpserver.url_for("").rstrip("/"), api_key="k")
    received: list[str] = []
    with pytest.raises(cls) as info:
        for text in client.ai_agent.stream_chat_text({**BODY, "user_id": "u"}):
            received.append(text)
    assert info.value.partial_text == partial == "".join(received)  # type: ignore[attr-defined]


def test_unknown_chunk_types_pass_through_as_generic_events(httpserver: HTTPServer) -> None:
    stream = sse(
        {"type": "start"},
        {"type": "data-status", "data": {"s": 1}},
        {"type": "brand-new", "x": 1},
        {"type": "finish", "messageMetadata": {"usage": {"totalTokens": 3}}},
    )
    httpserver.expect_request("/ai-agent/v2/chat").respond_with_data(stream, headers=SSE)
    client = ImbraceClient(base_url=httpserver.url_for("").rstrip("/"), api_key="k")
    events = list(client.ai_agent.stream_chat_events({**BODY, "user_id": "u"}))
    assert [type(e).__name__ for e in events] == ["StartChunk", "DataChunk", "UIMessageChunk", "FinishChunk"]
    assert events[1]["data"] == {"s": 1} and events[2]["x"] == 1 and events[2].type_ == "brand-new"
    assert events[3]["messageMetadata"]["usage"]["totalTokens"] == 3


def test_openai_style_chunks_are_understood(httpserver: HTTPServer) -> None:
    stream = sse({"choices": [{"delta": {"content": "Hi"}}]}, {"choices": [{"delta": {"content": "!"}}]})
    httpserver.expect_request("/ai-agent/v2/chat").respond_with_data(stream, headers=SSE)
    client = ImbraceClient(base_url=httpserver.url_for("").rstrip("/"), api_key="k")
    assert "".join(client.ai_agent.stream_chat_text({**BODY, "user_id": "u"})) == "Hi!"


@pytest.mark.parametrize("status", [300, 304])
def test_a_leftover_3xx_is_a_typed_error_not_a_body(httpserver: HTTPServer, status: int) -> None:
    httpserver.expect_request("/ai-agent/version").respond_with_data("moved", status=status)
    client = ImbraceClient(base_url=httpserver.url_for("").rstrip("/"), api_key="k")
    with pytest.raises(APIStatusError) as info:
        client.ai_agent.get_version()
    assert info.value.status_code == status


def test_an_endless_event_ends_the_stream_with_the_partial_text(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server that never ends an event cannot grow the client's buffer past the decoder's limit."""
    from imbrace import _streaming

    monkeypatch.setattr(_streaming, "MAX_EVENT_CHARS", 50_000)
    stream = sse({"type": "text-delta", "id": "t", "delta": "Hi"}, done=False) + "data: " + "x" * 200_000
    httpserver.expect_request("/ai-agent/v2/chat").respond_with_data(stream, headers=SSE)
    client = ImbraceClient(base_url=httpserver.url_for("").rstrip("/"), api_key="k")
    received: list[str] = []
    with pytest.raises(IncompleteStreamError, match="OversizedEventError") as info:
        for text in client.ai_agent.stream_chat_text({**BODY, "user_id": "u"}):
            received.append(text)
    assert info.value.partial_text == "Hi" == "".join(received)
    with pytest.raises(IncompleteStreamError, match="OversizedEventError"):
        list(client.ai_agent.stream_chat_events({**BODY, "user_id": "u"}))
