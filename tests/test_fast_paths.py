"""The performance fast paths give exactly the results of the plain paths they shortcut.

* ``SSEDecoder.feed_data`` (no event objects) yields the data ``feed`` would, for any chunking.
* ``imbrace._json.loads`` (orjson when installed) parses like ``json.loads``, and the module falls back
  to ``json.loads`` when orjson is missing.
* ``iter_text``/``aiter_text`` read the same text with either parser.
"""

from __future__ import annotations

import importlib
import json
import math
import random
import subprocess
import sys
from collections.abc import AsyncIterator, Callable, Iterator

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from imbrace import IncompleteStreamError, StreamEventError, _json, _streaming
from imbrace._streaming import SSEDecoder, UIStreamState, aiter_text, iter_text

CORPUS = [
    "\ufeffdata: first\n\n",
    'data: {"type":"text-delta","id":"t1","delta":"hé\u2028llo"}\n\n',
    "data:no-space\r\n\r\n",
    ": a comment\n\n",
    "id: 7\nretry: 1500\n\n",
    "event: custom\ndata: line one\ndata: line two\n\n",
    "data: cr only\r\r",
    "id\ndata\n\n",
    "data: [DONE]\n\n",
    "\n\n\n",
    "data: unterminated at the end",
]


def chunked(text: str, rng: random.Random) -> list[bytes]:
    raw = text.encode()
    cuts = sorted(rng.sample(range(1, len(raw)), k=min(len(raw) - 1, rng.randint(0, 12))))
    return [raw[a:b] for a, b in zip([0, *cuts], [*cuts, len(raw)], strict=True)]


def test_feed_data_matches_feed_for_any_chunking() -> None:
    rng = random.Random(7)
    for _ in range(400):
        text = "".join(rng.choice(CORPUS) for _ in range(rng.randint(1, 8)))
        chunks = chunked(text, rng)
        full, fast = SSEDecoder(), SSEDecoder()
        expected = [e.data for c in chunks for e in full.feed(c)] + [e.data for e in full.flush()]
        got = [d for c in chunks for d in fast.feed_data(c)] + fast.flush_data()
        assert got == expected, text
        assert (fast.last_event_id, fast.retry, fast.comments) == (
            full.last_event_id,
            full.retry,
            full.comments,
        )


def test_feed_data_skips_object_building_on_plain_streams() -> None:
    decoder = SSEDecoder()
    assert decoder.feed_data(b"data: a\n\ndata: b\n\ndata: c") == ["a", "b"]
    assert decoder.flush_data() == []  # the last block never got its blank line


@pytest.mark.parametrize(
    "text",
    [
        '{"type":"text-delta","delta":"x"}',
        '{"big": 1180591620717411303424}',
        '{"nan": NaN}',
        '"\\ud800"',
        "[1, 2.5, null, true]",
        '{"u": "\u2028"}',
    ],
)
@pytest.mark.parametrize("parse", [_json.loads, _json.stdlib_loads], ids=["loads", "stdlib_loads"])
def test_json_loads_matches_the_standard_library(text: str, parse: Callable[[str], object]) -> None:
    got, want = parse(text), json.loads(text)
    if isinstance(want, dict) and "nan" in want:
        assert isinstance(got, dict) and math.isnan(got["nan"])
    else:
        assert got == want


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def _outcome(parse: Callable[[str], object], text: str) -> tuple[str, object]:
    try:
        return "value", parse(text)
    except ValueError as exc:
        return "error", str(exc)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(
    value=_JSON_VALUES,
    before=st.sampled_from(["", " ", "\n"]),
    after=st.sampled_from(["", " ", "\t\n", "x", "{}"]),
    junk=st.text(max_size=12),
)
def test_stdlib_loads_behaves_exactly_like_json_loads(
    value: object, before: str, after: str, junk: str
) -> None:
    """The direct-scanner path gives json.loads's value, or its error message, for any input."""
    for text in (before + json.dumps(value) + after, junk, json.dumps(value)[: len(junk)]):
        assert _outcome(_json.stdlib_loads, text) == _outcome(json.loads, text)


def test_json_loads_raises_value_error_on_bad_input() -> None:
    with pytest.raises(ValueError):
        _json.loads("{not json")


def test_json_falls_back_to_the_standard_library_without_orjson(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "orjson", None)  # makes `import orjson` raise ImportError
    try:
        fallback = importlib.reload(_json)
        assert fallback.FAST is False
        assert fallback.loads is fallback.stdlib_loads
    finally:
        monkeypatch.undo()
        importlib.reload(_json)


UI_STREAM = (
    b'data: {"type":"start"}\n\n'
    b'data: {"type":"text-delta","id":"t","delta":"Hel"}\n\n'
    b'data: {"choices":[{"delta":{"content":"lo"}}]}\n\n'
    b"event: ignored-name\ndata: "
    + json.dumps({"type": "text-delta", "id": "t", "delta": " w\u2028"}).encode()
    + b"\n\n"
    b'data: {"type":"reasoning-delta","id":"r","delta":"hidden"}\n\n'
    b'data: {"type":"finish","finishReason":"stop","messageMetadata":{"usage":{"totalTokens":3}}}\n\n'
    b"data: [DONE]\n\n"
)


class _Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, parts: list[bytes]) -> None:
        self.parts = parts

    def __iter__(self) -> Iterator[bytes]:
        yield from self.parts

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for part in self.parts:
            yield part


def chunked_response(body: bytes, size: int = 7) -> httpx.Response:
    parts = [body[i : i + size] for i in range(0, len(body), size)]
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=_Chunks(parts))


@pytest.mark.parametrize("parser", ["fast", "stdlib"])
def test_iter_text_reads_the_same_text_with_either_parser(
    parser: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if parser == "stdlib":
        monkeypatch.setattr(_streaming, "_loads", _json.stdlib_loads)
    assert list(iter_text(chunked_response(UI_STREAM))) == ["Hel", "lo", " w\u2028"]


@pytest.mark.parametrize("parser", ["fast", "stdlib"])
async def test_aiter_text_reads_the_same_text_with_either_parser(
    parser: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if parser == "stdlib":
        monkeypatch.setattr(_streaming, "_loads", _json.stdlib_loads)
    assert [t async for t in aiter_text(chunked_response(UI_STREAM))] == ["Hel", "lo", " w\u2028"]


def test_iter_text_still_raises_on_error_chunks_and_early_ends() -> None:
    body = b'data: {"type":"text-delta","delta":"par"}\n\ndata: {"type":"error","errorText":"boom"}\n\n'
    with pytest.raises(StreamEventError, match="boom") as err:
        list(iter_text(chunked_response(body)))
    assert err.value.partial_text == "par"
    with pytest.raises(IncompleteStreamError) as inc:
        list(iter_text(chunked_response(b'data: {"type":"text-delta","delta":"half"}\n\n')))
    assert inc.value.partial_text == "half"


def test_text_fast_path_keeps_finish_and_usage() -> None:
    state = UIStreamState()
    for block in UI_STREAM.decode().split("\n\n"):
        if block.startswith("data: "):
            state.text(block[6:])
    assert state.partial_text == "Hello"
    assert (state.finished, state.done, state.finish_reason) == (True, True, "stop")
    assert state.usage == {"totalTokens": 3}


@pytest.mark.parametrize("fast", [True, False])
def test_operation_parse_gives_the_same_model_with_either_parser(
    fast: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from imbrace import APIResponseValidationError
    from imbrace._operations import operation

    monkeypatch.setattr(_json, "FAST", fast and _json.FAST)
    op = operation("ai_agent", "get_version")
    body = b'{"version": "1.2.3", "commit": "abc", "extra": {"n": 1180591620717411303424}}'
    parsed = op.parse(httpx.Response(200, headers={"content-type": "application/json"}, content=body))
    assert parsed.to_dict() == json.loads(body)
    assert parsed["extra"]["n"] == 2**70
    with pytest.raises(APIResponseValidationError):
        op.parse(httpx.Response(200, headers={"content-type": "application/json"}, content=b"{oops"))


def test_private_submodules_import_in_any_order() -> None:
    code = "from imbrace import _operations, _json, _streaming; import imbrace; imbrace.NotFoundError"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


REQUEST_CASES = [
    ("gateway", "get_ai_agent", {"id": "a/b"}, {}, None, {}),
    ("gateway", "list_flows", {}, {"limit": 5, "cursor": "c 1"}, None, {}),
    (
        "gateway",
        "create_ai_agent_app",
        {},
        {},
        {"name": "n", "workflow_name": "w", "provider_id": "system", "model_id": "Default"},
        {"timeout": 3.5, "extra_headers": {"x-trace": "t1"}, "idempotency_key": "k1"},
    ),
]


@pytest.mark.parametrize(("service", "op_id", "path", "query", "body", "options"), REQUEST_CASES)
def test_direct_request_building_matches_httpx_build_request(
    service: str,
    op_id: str,
    path: dict[str, str],
    query: dict[str, object],
    body: object,
    options: dict[str, object],
) -> None:
    """An SDK-built client's requests skip ``client.build_request``; they must be the same requests."""
    from imbrace import ImbraceClient
    from imbrace._operations import operation
    from imbrace._transport import make_options

    transport = ImbraceClient(api_key="api_k", base_url="http://127.0.0.1:1")._transport
    client, policy = transport.client, transport.policy
    kwargs = operation(service, op_id).request_kwargs({**path, **query}, body)
    opts = make_options(**options)  # type: ignore[arg-type]
    direct = policy.build_request(client, kwargs, opts, "application/json", transport._client_defaults)
    merged = policy.build_request(client, kwargs, opts, "application/json", None)

    def shape(r: httpx.Request) -> tuple[object, ...]:
        return (
            r.method,
            str(r.url),
            sorted((k.lower(), v) for k, v in r.headers.items()),
            r.read(),
            r.extensions,
        )

    assert shape(direct) == shape(merged)
    assert direct.headers["accept-encoding"] and direct.headers["connection"] == "keep-alive"


def test_requests_still_carry_cookies_and_the_callers_client_defaults(httpserver: object) -> None:
    """A cookie jar in use (a server set a cookie) or a caller's own client sends through httpx's merge."""
    from pytest_httpserver import HTTPServer
    from werkzeug import Request, Response

    from imbrace import ImbraceClient

    assert isinstance(httpserver, HTTPServer)
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return Response(
            '{"version": "1"}', headers={"set-cookie": "s=1; Path=/"}, content_type="application/json"
        )

    httpserver.expect_request("/ai-agent/version").respond_with_handler(handler)
    with ImbraceClient(api_key="api_k", base_url=httpserver.url_for("").rstrip("/")) as client:
        client.ai_agent.get_version()
        client.ai_agent.get_version()
    assert "cookie" not in seen[0].headers and seen[1].headers["cookie"] == "s=1"

    own = httpx.Client(headers={"x-trace": "t"}, params={"tenant": "t1"})
    with ImbraceClient(
        api_key="api_k", base_url=httpserver.url_for("").rstrip("/"), http_client=own
    ) as client:
        client.ai_agent.get_version()
    assert seen[2].headers["x-trace"] == "t" and seen[2].args["tenant"] == "t1"
    assert seen[2].headers["x-api-key"] == "api_k"


@pytest.mark.parametrize("is_async", [False, True])
def test_cookie_parsing_runs_only_for_responses_that_set_a_cookie(is_async: bool) -> None:
    """httpx parses every response for cookies (~15 us); an SDK-built client skips it when none is set."""
    from imbrace import AsyncImbraceClient, ImbraceClient

    sdk = (AsyncImbraceClient if is_async else ImbraceClient)(api_key="k", base_url="http://127.0.0.1:1")
    cookies = sdk._transport.client.cookies
    parsed: list[object] = []
    cookies.jar.extract_cookies = lambda response, request: parsed.append(response)  # type: ignore[method-assign]
    request = httpx.Request("GET", "http://127.0.0.1:1/x")
    cookies.extract_cookies(httpx.Response(200, request=request))
    assert parsed == []
    cookies.extract_cookies(httpx.Response(200, headers={"set-cookie": "s=1"}, request=request))
    assert len(parsed) == 1
