"""Replies that must not crash the caller (issue 15): deeply nested JSON raises a typed ImbraceError in
typed parsing, error bodies and SSE chunks, never RecursionError; an HTML page where JSON is promised
raises APIResponseValidationError saying what came back; wrong-typed known fields raise
APIResponseValidationError naming the field, while unknown extra fields pass. In-process transports."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from imbrace import (
    APIResponseValidationError,
    AsyncImbraceClient,
    BadRequestError,
    ImbraceClient,
    ImbraceError,
    StreamError,
    StreamEventError,
    _json,
)

GW = "https://gw.example.com"
CHAT = {"assistant_id": "asst_1", "user_id": "u_1", "messages": [{"role": "user", "content": "hi"}]}
DEEP = b"[" * 2000 + b"]" * 2000  # about 4 KB, 2,000 levels
DEEP_FIELD = b'{"_id": "team_1", "extra": ' + DEEP + b"}"


def make(handler: Any) -> ImbraceClient:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return ImbraceClient(base_url=GW, http_client=http, api_key="api_test_key", max_retries=0)


def replying(status: int, content: bytes, ctype: str = "application/json") -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"content-type": ctype})

    return handler


@pytest.fixture(params=["orjson", "stdlib"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both JSON parsers: orjson (when installed) and the standard library's."""
    if request.param == "stdlib":
        monkeypatch.setattr(_json, "loads", _json.stdlib_loads)
    elif not _json.FAST:
        pytest.skip("orjson is not installed")
    return str(request.param)


# -- deep JSON ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("content", [DEEP, DEEP_FIELD], ids=["bare", "in-a-field"])
def test_deep_json_in_a_typed_reply_raises_a_typed_error(parser: str, content: bytes) -> None:
    with pytest.raises(APIResponseValidationError, match="nested deeper"):
        make(replying(200, content)).platform.get_team("team_1")


async def test_deep_json_in_a_typed_reply_raises_a_typed_error_async(parser: str) -> None:
    http = httpx.AsyncClient(transport=httpx.MockTransport(replying(200, DEEP)))
    client = AsyncImbraceClient(base_url=GW, http_client=http, api_key="api_test_key", max_retries=0)
    with pytest.raises(APIResponseValidationError):
        await client.platform.get_team("team_1")


def test_deep_json_in_an_error_body_keeps_the_status_error(parser: str) -> None:
    with pytest.raises(BadRequestError) as info:
        make(replying(400, DEEP)).platform.get_team("team_1")
    assert info.value.status_code == 400
    assert isinstance(info.value.body, str) and info.value.body.startswith("[[[")


def test_an_error_body_within_the_parser_limit_but_deep_is_bounded_when_redacted() -> None:
    deep = b'{"message": "bad", "detail": ' + b"[" * 500 + b"]" * 500 + b"}"
    with pytest.raises(BadRequestError) as info:
        make(replying(400, deep)).platform.get_team("team_1")
    assert info.value.body["message"] == "bad"
    repr(info.value.body)  # bounded: the deep part was cut, so this does not recurse 500 levels


def sse(*events: bytes) -> Any:
    body = b"".join(b"data: " + e + b"\n\n" for e in events)
    return replying(200, body, "text/event-stream")


def test_a_deep_sse_chunk_raises_a_stream_error(parser: str) -> None:
    client = make(sse(b'{"type":"text-delta","id":"t","delta":"Hi"}', DEEP))
    with pytest.raises(StreamError) as info:
        list(client.ai_agent.stream_chat_text(CHAT))
    assert info.value.partial_text == "Hi"


def test_a_deep_sse_chunk_raises_a_stream_error_in_typed_events(parser: str) -> None:
    with pytest.raises(StreamError):
        list(make(sse(DEEP)).ai_agent.stream_chat_events(CHAT))


def test_a_deep_error_text_in_an_sse_error_chunk_is_shown_bounded() -> None:
    deep_text = b'{"type":"error","errorText":' + b"[" * 400 + b"]" * 400 + b"}"
    with pytest.raises(StreamEventError) as info:
        list(make(sse(deep_text)).ai_agent.stream_chat_text(CHAT))
    assert len(info.value.error_text) < 100


def test_the_parsers_refuse_depth_without_recursing() -> None:
    for loads in (_json.loads, _json.stdlib_loads):
        with pytest.raises(_json.JSONDepthError):
            loads(DEEP)
        with pytest.raises(_json.JSONDepthError):
            loads(DEEP.decode())
    nested_text = '["' + "[" * 3000 + '"]'  # brackets inside a string are text, not nesting
    assert _json.stdlib_loads(nested_text) == ["[" * 3000]
    assert _json.stdlib_loads("[" * 100 + "]" * 100) is not None


# -- HTML where JSON is promised -------------------------------------------------------------------


def test_an_html_page_where_json_is_promised_raises_saying_what_came_back() -> None:
    page = b"<!DOCTYPE html><html><head><title>Hotel Wi-Fi login</title></head></html>"
    with pytest.raises(APIResponseValidationError) as info:
        make(replying(200, page, "text/html; charset=utf-8")).platform.get_team("team_1")
    message = str(info.value)
    assert "expected JSON, got text/html" in message and "<!DOCTYPE html>" in message
    assert info.value.body.startswith("<!DOCTYPE html>")


def test_json_under_a_wrong_content_type_is_still_read() -> None:
    client = make(replying(200, b'{"_id": "team_1", "name": "Ops"}', "text/plain"))
    assert client.platform.get_team("team_1")["name"] == "Ops"


# -- wrong-typed fields --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "field"),
    [
        (b'{"_id": 123}', "reply._id"),
        (b'{"_id": "team_1", "name": {"first": "Ops"}}', "reply.name"),
        (b'{"_id": "team_1", "is_disabled": "no"}', "reply.is_disabled"),
        (b'{"_id": "team_1", "users": {"a": 1}}', "reply.users"),
    ],
)
def test_a_wrong_typed_known_field_raises_naming_the_field(reply: bytes, field: str) -> None:
    with pytest.raises(APIResponseValidationError) as info:
        make(replying(200, reply)).platform.get_team("team_1")
    assert field in str(info.value)


def test_a_wrong_typed_field_inside_a_list_is_named_with_its_index() -> None:
    reply = b'{"data": [{"_id": "t1"}, {"_id": 2}]}'
    with pytest.raises(APIResponseValidationError, match=r"reply\.data\[1\]\._id"):
        make(replying(200, reply)).platform.list_teams("ops")


def test_unknown_extra_fields_and_nulls_still_pass() -> None:
    reply = b'{"_id": "team_1", "name": null, "brand_new": {"x": [1, 2]}, "score": 3.5}'
    team = make(replying(200, reply)).platform.get_team("team_1")
    assert team["_id"] == "team_1" and team["brand_new"] == {"x": [1, 2]}


def test_errors_here_are_imbrace_errors() -> None:
    assert issubclass(APIResponseValidationError, ImbraceError)
    assert issubclass(StreamError, ImbraceError)
