"""Input that must not escape untyped (issue 15): every bad value raises InvalidRequestError naming the
parameter before anything is sent; credentials are checked at construction without printing them; and
uploads from non-seekable sources go chunked (or are refused clearly), never as a raw h11 error and never
retried. In-process transports and one loopback server."""

from __future__ import annotations

import http.server
import io
import json
import os
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from imbrace import (
    APIConnectionError,
    AsyncImbraceClient,
    ImbraceClient,
    InvalidRequestError,
    ServiceUnavailableError,
)

GW = "https://gw.example.com"


class Recorder:
    """A transport that records what reaches it (nothing should, for bad input)."""

    def __init__(self, status: int = 200, reply: Any = None) -> None:
        self.requests: list[httpx.Request] = []
        self.status = status
        self.reply = reply if reply is not None else {"_id": "team_1"}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(self.status, json=self.reply)


def make(recorder: Recorder, **kwargs: Any) -> ImbraceClient:
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    return ImbraceClient(base_url=GW, http_client=http, api_key="api_test_key", max_retries=0, **kwargs)


def deep(levels: int) -> list[Any]:
    root: list[Any] = []
    node = root
    for _ in range(levels):
        child: list[Any] = []
        node.append(child)
        node = child
    return root


# -- bodies ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "param", "says"),
    [
        ({"score": float("nan")}, "body.score", "finite"),
        ({"score": float("inf")}, "body.score", "finite"),
        ({"meta": {"ratio": float("-inf")}}, "body.meta.ratio", "finite"),
        ({"tags": {"a", "b"}}, "body.tags", "set cannot be sent as JSON"),
        ({"when": object()}, "body.when", "cannot be sent as JSON"),
        ({"meta": {("a", "b"): 1}}, "body.meta", "key"),
        ({"tree": deep(3000)}, "body.tree", "nested deeper than 100"),
        ({"note": "caf\udce9"}, "body.note", "lone surrogate"),
        ({"meta": {"k\ud800": 1}}, "body.meta", "lone surrogate"),
    ],
)
def test_a_body_json_cannot_hold_is_refused_naming_the_field(
    extra: dict[str, Any], param: str, says: str
) -> None:
    recorder = Recorder()
    with pytest.raises(InvalidRequestError) as info:
        make(recorder).platform.update_team("team_1", {"name": "Ops", **extra})
    assert info.value.param.startswith(param) and says in str(info.value)
    assert recorder.requests == []


def test_a_lone_surrogate_in_a_schema_field_is_refused() -> None:
    recorder = Recorder()
    with pytest.raises(InvalidRequestError, match="body.name: holds a lone surrogate"):
        make(recorder).platform.update_team("team_1", {"name": "Ops\ud800"})
    assert recorder.requests == []


def test_extra_body_is_checked_too() -> None:
    recorder = Recorder()
    with pytest.raises(InvalidRequestError, match="body.x"):
        make(recorder).platform.update_team("team_1", {"name": "Ops"}, extra_body={"x": float("nan")})
    assert recorder.requests == []


def test_sendable_bodies_still_go_as_json() -> None:
    recorder = Recorder()
    body = {"name": "Ops ☕", "meta": {"1": [1, 2.5, True, None, ("a", "b")], "deep": deep(20)}}
    make(recorder).platform.update_team("team_1", body)
    sent = json.loads(recorder.requests[0].content)
    assert sent["name"] == "Ops ☕" and sent["meta"]["1"] == [1, 2.5, True, None, ["a", "b"]]


async def test_async_bodies_are_checked_before_sending() -> None:
    recorder = Recorder()
    http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    client = AsyncImbraceClient(base_url=GW, http_client=http, api_key="api_test_key")
    with pytest.raises(InvalidRequestError, match="body.score"):
        await client.platform.update_team("team_1", {"name": "Ops", "score": float("nan")})
    assert recorder.requests == []


# -- path and query arguments -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("team_id", "says"),
    [
        (b"team_1", "not bytes"),
        ({"id": "team_1"}, "not dict"),
        ("t" * 100_000, "at most 1024"),
        ("team\ud800", "lone surrogate"),
    ],
    ids=["bytes", "dict", "too-long", "surrogate"],
)
def test_a_bad_path_id_is_refused_naming_it(team_id: Any, says: str) -> None:
    recorder = Recorder()
    with pytest.raises(InvalidRequestError) as info:
        make(recorder).platform.get_team(team_id)
    assert info.value.param == "team_id" and says in str(info.value)
    assert recorder.requests == []


def test_a_bad_query_value_is_refused_naming_it() -> None:
    recorder = Recorder()
    with pytest.raises(InvalidRequestError, match="q: holds a lone surrogate"):
        make(recorder).platform.list_teams("ops\udc00")
    assert recorder.requests == []


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.platform.get_effective_permissions(None),
        lambda c: c.platform.get_effective_permissions(user_id=None),
        lambda c: c.platform.list_teams(None),
    ],
)
def test_a_required_query_argument_set_to_none_is_refused(call: Any) -> None:
    recorder = Recorder()
    with pytest.raises(InvalidRequestError, match="is required"):
        call(make(recorder))
    assert recorder.requests == []


# -- credentials ---------------------------------------------------------------------------------------

SECRET = "api_live_AbC123xyz"


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"api_key": SECRET + "\n"}, "api_key"),
        ({"api_key": " " + SECRET}, "api_key"),
        ({"api_key": "api_live_AbC123xyé"}, "api_key"),
        ({"api_key": "api_live AbC123xyz"}, "api_key"),
        ({"access_token": SECRET + "\r\n"}, "access_token"),
        ({"access_token": "tok_\u200b" + SECRET}, "access_token"),
        ({"api_key": SECRET, "organization_id": "org_1\n"}, "organization_id"),
        ({"api_key": SECRET, "organization_id": "org_ü"}, "organization_id"),
    ],
)
def test_a_padded_or_non_ascii_credential_is_refused_at_construction(
    kwargs: dict[str, Any], param: str
) -> None:
    with pytest.raises(InvalidRequestError) as info:
        ImbraceClient(base_url=GW, **kwargs)
    assert info.value.param == param
    for value in kwargs.values():
        assert value.strip() not in str(info.value) and SECRET not in repr(info.value)


def test_a_key_from_the_environment_with_a_newline_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IMBRACE_API_KEY", SECRET + "\n")
    with pytest.raises(InvalidRequestError, match="api_key: has leading or trailing whitespace") as info:
        ImbraceClient(base_url=GW)
    assert SECRET not in str(info.value)


def test_set_access_token_checks_the_token_too() -> None:
    client = ImbraceClient(base_url=GW, api_key=SECRET)
    with pytest.raises(InvalidRequestError, match="token") as info:
        client.set_access_token("tok_" + SECRET + "\n")
    assert SECRET not in str(info.value)
    assert client.auth_mode == "api_key"


# -- uploads from anything --------------------------------------------------------------------------


class _ChunkedHandler(http.server.BaseHTTPRequestHandler):
    """Reads a body sent with Content-Length or chunked, records it, answers with a RAG file."""

    protocol_version = "HTTP/1.1"
    seen: list[dict[str, Any]]

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        if self.headers.get("transfer-encoding", "").lower() == "chunked":
            body = bytearray()
            while True:
                size = int(self.rfile.readline().split(b";")[0], 16)
                body += self.rfile.read(size)
                self.rfile.readline()
                if size == 0:
                    break
        else:
            body = bytearray(self.rfile.read(int(self.headers.get("content-length", "0"))))
        self.server.seen.append({"headers": dict(self.headers), "body": bytes(body)})  # type: ignore[attr-defined]
        reply = json.dumps({"_id": "file_1", "name": "notes.txt"}).encode()
        self.send_response(201)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def upload_server() -> Iterator[Any]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _ChunkedHandler)
    server.seen = []  # type: ignore[attr-defined]
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def url_of(server: Any) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


PAYLOAD = b"line of a log file\n" * 5000  # ~95 KB: more than a pipe's buffer


def pipe_with(data: bytes) -> tuple[io.BufferedReader, threading.Thread]:
    read_fd, write_fd = os.pipe()

    def write() -> None:
        with os.fdopen(write_fd, "wb") as out:
            out.write(data)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    return os.fdopen(read_fd, "rb"), writer


def test_an_upload_from_a_pipe_is_sent_chunked(upload_server: Any) -> None:
    client = ImbraceClient(base_url=url_of(upload_server), api_key="api_test_key")
    source, writer = pipe_with(PAYLOAD)
    with source:
        result = client.ai.upload_rag_file({"file": ("notes.txt", source, "text/plain")})
    writer.join(timeout=10)
    assert result["_id"] == "file_1"
    (seen,) = upload_server.seen
    assert seen["headers"].get("Transfer-Encoding") == "chunked"
    assert PAYLOAD in seen["body"]
    client.close()


def test_an_upload_from_a_bare_pipe_file_is_sent_chunked(upload_server: Any) -> None:
    client = ImbraceClient(base_url=url_of(upload_server), api_key="api_test_key")
    source, writer = pipe_with(PAYLOAD)
    with source:
        client.ai.upload_rag_file(source)
    writer.join(timeout=10)
    assert PAYLOAD in upload_server.seen[0]["body"]
    client.close()


def test_an_upload_from_a_generator_is_sent_chunked(upload_server: Any) -> None:
    client = ImbraceClient(base_url=url_of(upload_server), api_key="api_test_key")
    parts = (b"part %d\n" % i for i in range(1000))
    client.ai.upload_rag_file({"file": ("notes.txt", parts, "text/plain")})
    (seen,) = upload_server.seen
    assert seen["headers"].get("Transfer-Encoding") == "chunked"
    assert b"part 0\npart 1\n" in seen["body"] and b"part 999\n" in seen["body"]
    client.close()


async def test_async_upload_from_a_generator_is_sent_chunked(upload_server: Any) -> None:
    client = AsyncImbraceClient(base_url=url_of(upload_server), api_key="api_test_key")
    await client.ai.upload_rag_file(iter([b"abc", b"def"]))
    assert b"abcdef" in upload_server.seen[0]["body"]
    await client.close()


def test_a_seekable_file_still_goes_with_a_length(upload_server: Any) -> None:
    client = ImbraceClient(base_url=url_of(upload_server), api_key="api_test_key")
    client.ai.upload_rag_file({"file": ("notes.txt", io.BytesIO(PAYLOAD), "text/plain")})
    (seen,) = upload_server.seen
    assert "Content-Length" in seen["headers"] and "Transfer-Encoding" not in seen["headers"]
    client.close()


def test_a_stream_giving_text_is_refused_clearly() -> None:
    recorder = Recorder()
    with pytest.raises(InvalidRequestError, match="must give bytes"):
        make(recorder).ai.upload_rag_file({"file": ("a.txt", iter(["text"]), "text/plain")})


@pytest.mark.parametrize("failure", ["503", "connect"])
def test_a_non_seekable_upload_is_never_retried(failure: str) -> None:
    attempts: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        if failure == "connect":
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(503, json={"message": "busy"}, headers={"retry-after": "0"})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = ImbraceClient(base_url=GW, http_client=http, api_key="api_test_key", max_retries=3)
    expected = ServiceUnavailableError if failure == "503" else APIConnectionError
    with pytest.raises(expected):
        client.ai.upload_rag_file({"file": ("a.txt", iter([b"abc"]), "text/plain")})
    assert len(attempts) == 1
