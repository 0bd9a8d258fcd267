"""The sans-IO core shared by sync and async: the transport's exchange, the stream machines and their
drivers, page plans and chat turns. Also ``response.extensions["imbrace_retries"]``.

Everything runs in process (httpx.MockTransport, or no I/O at all); nothing sleeps.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from imbrace import APIConnectionError, IncompleteStreamError, StreamEventError
from imbrace._config import build_config
from imbrace._operations import Emit
from imbrace._pagination import DEFAULT_MAX_PAGES, by_offset, walk_pages
from imbrace._streaming import Machine, apump, pump
from imbrace._transport import CLOSE, READ, SEND, SLEEP, AsyncTransport, Policy, SyncTransport, make_options

GW = "https://gw.example.com"


def config(**kwargs: Any) -> Any:
    defaults: dict[str, Any] = {
        "env": None,
        "base_url": GW,
        "gateway": None,
        "api_key": "api_test",
        "access_token": None,
        "organization_id": None,
        "timeout": None,
        "max_retries": None,
        "services": None,
        "default_headers": None,
        "max_connections": None,
        "max_response_bytes": None,
        "allow_insecure_http": False,
        "environ": {},
    }
    return build_config(**{**defaults, **kwargs})


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    async def asleep(seconds: float) -> None:
        return None

    monkeypatch.setattr(SyncTransport, "sleep", staticmethod(lambda seconds: None))
    monkeypatch.setattr(AsyncTransport, "sleep", staticmethod(asleep))


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body httpx reads as a stream (sync or async), so a streamed response can be seen unread."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __iter__(self) -> Iterator[bytes]:
        yield self.data

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.data


class Replies:
    """Answers each request with the next status (the last one repeats) and a streamed JSON body."""

    def __init__(self, *statuses: int) -> None:
        self.statuses = list(statuses)
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        status = self.statuses[min(self.calls, len(self.statuses) - 1)]
        self.calls += 1
        return httpx.Response(status, stream=Body(b'{"n":%d}' % self.calls))


GET = {"method": "GET", "url": "/ai-agent/version"}


# -- imbrace_retries ------------------------------------------------------------------------------
@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize(("statuses", "retries"), [((200,), 0), ((503, 200), 1), ((500, 502, 200), 2)])
def test_sync_response_records_its_retries(stream: bool, statuses: tuple[int, ...], retries: int) -> None:
    replies = Replies(*statuses)
    transport = SyncTransport(config(), httpx.Client(transport=httpx.MockTransport(replies)))
    response = transport.send(GET, stream=stream)
    assert response.extensions["imbrace_retries"] == retries
    assert replies.calls == retries + 1
    if stream:
        assert not response.is_stream_consumed  # returned unread
        assert response.read() == b'{"n":%d}' % (retries + 1)
    else:
        assert response.json() == {"n": retries + 1}
    response.close()


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize(("statuses", "retries"), [((200,), 0), ((503, 200), 1), ((500, 502, 200), 2)])
def test_async_response_records_its_retries(stream: bool, statuses: tuple[int, ...], retries: int) -> None:
    async def main() -> None:
        replies = Replies(*statuses)
        transport = AsyncTransport(config(), httpx.AsyncClient(transport=httpx.MockTransport(replies)))
        response = await transport.send(GET, stream=stream)
        assert response.extensions["imbrace_retries"] == retries
        assert replies.calls == retries + 1
        if stream:
            assert not response.is_stream_consumed
            assert await response.aread() == b'{"n":%d}' % (retries + 1)
        else:
            assert response.json() == {"n": retries + 1}
        await response.aclose()
        await transport.close()

    asyncio.run(main())


def test_redirects_are_not_counted_as_retries() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/ai-agent/version":
            return httpx.Response(302, headers={"location": "/ai-agent/v2"})
        return httpx.Response(200, json={})

    transport = SyncTransport(config(), httpx.Client(transport=httpx.MockTransport(handler)))
    response = transport.send(GET)
    assert str(response.request.url).endswith("/ai-agent/v2")
    assert response.extensions["imbrace_retries"] == 0


# -- the exchange, with no I/O at all ---------------------------------------------------------------
def test_exchange_is_plain_effects_with_no_io() -> None:
    """The retry loop, driven by hand: it asks for I/O and gets results back; nothing else runs."""
    policy = Policy(config())
    request = httpx.Request("GET", f"{GW}/ai-agent/version")
    steps = policy.exchange(request, make_options(), stream=False)

    assert steps.send(None) == (SEND, request)
    busy = httpx.Response(503, headers={"retry-after": "2"}, request=request)
    assert steps.send(busy) == (CLOSE, busy)
    assert steps.send(None) == (SLEEP, 2.0)
    assert steps.send(None) == (SEND, request)
    ok = httpx.Response(200, headers={"content-length": "2"}, stream=Body(b"{}"), request=request)
    assert steps.send(ok) == (READ, ok)
    assert steps.send(None) == (CLOSE, ok)
    with pytest.raises(StopIteration) as done:
        steps.send(None)
    assert done.value.value is ok and ok.extensions["imbrace_retries"] == 1


def test_exchange_turns_a_thrown_io_error_into_an_sdk_error() -> None:
    policy = Policy(config(max_retries=0))
    request = httpx.Request("GET", f"{GW}/ai-agent/version")
    steps = policy.exchange(request, make_options(), stream=True)
    steps.send(None)
    with pytest.raises(APIConnectionError, match="ConnectError: refused") as info:
        steps.throw(httpx.ConnectError("refused"))
    assert info.value.retries_taken == 0


def test_cancelling_a_read_closes_the_response_then_propagates() -> None:
    policy = Policy(config())
    request = httpx.Request("GET", f"{GW}/ai-agent/version")
    steps = policy.exchange(request, make_options(), stream=False)
    steps.send(None)
    ok = httpx.Response(200, headers={"content-length": "2"}, stream=Body(b"{}"), request=request)
    assert steps.send(ok) == (READ, ok)
    assert steps.throw(KeyboardInterrupt()) == (CLOSE, ok)
    with pytest.raises(KeyboardInterrupt):
        steps.send(None)


# -- stream machines and their drivers --------------------------------------------------------------
class Words(Machine[str, str]):
    """Splits text chunks into words; a word "bad" raises, "stop" ends the reading."""

    breaks = (ConnectionError,)

    def __init__(self) -> None:
        self.ended = False

    def feed(self, chunk: str) -> Iterator[str]:
        for word in chunk.split():
            if word == "bad":
                raise StreamEventError("bad word")
            if word == "stop":
                self.stop = True
                return
            yield word

    def end(self) -> tuple[str, ...]:
        self.ended = True
        return ("<end>",)

    def broken(self, exc: Exception) -> Exception:
        return IncompleteStreamError(f"broke: {exc}")


def source(*chunks: str | Exception) -> Iterator[str]:
    for chunk in chunks:
        if isinstance(chunk, Exception):
            raise chunk
        yield chunk


async def asource(*chunks: str | Exception) -> AsyncIterator[str]:
    for chunk in source(*chunks):
        yield chunk


async def collect(items: AsyncIterator[str], out: list[str]) -> list[str]:
    async for item in items:
        out.append(item)
    return out


@pytest.mark.parametrize(
    ("chunks", "expected"),
    [
        (("a b", "c"), ["a", "b", "c", "<end>"]),
        (("a stop b", "never read"), ["a", "<end>"]),
    ],
)
def test_pump_and_apump_hand_on_the_same_items(chunks: tuple[str, ...], expected: list[str]) -> None:
    assert list(pump(Words(), source(*chunks))) == expected
    assert asyncio.run(collect(apump(Words(), asource(*chunks)), [])) == expected


def test_items_before_an_error_are_handed_on_first() -> None:
    got: list[str] = []
    with pytest.raises(StreamEventError):
        got.extend(pump(Words(), source("a b bad c")))
    assert got == ["a", "b"]
    agot: list[str] = []
    with pytest.raises(StreamEventError):
        asyncio.run(collect(apump(Words(), asource("a b bad c")), agot))
    assert agot == ["a", "b"]


def test_a_read_error_in_breaks_is_raised_as_broken() -> None:
    with pytest.raises(IncompleteStreamError, match="broke: reset"):
        list(pump(Words(), source("a", ConnectionError("reset"))))
    with pytest.raises(IncompleteStreamError, match="broke: reset"):
        asyncio.run(collect(apump(Words(), asource("a", ConnectionError("reset"))), []))


# -- page plans ------------------------------------------------------------------------------------
def test_walk_pages_applies_the_page_rule_and_the_page_cap() -> None:
    """The one pagination flow, driven here by hand (no client, no I/O): each yielded call gets a page."""
    pages = {0: [1, 2], 2: [3, 4], 4: [5]}
    asked: list[int] = []

    def items(max_pages: int = DEFAULT_MAX_PAGES) -> list[int]:
        walk = walk_pages(
            lambda params: params, {"skip": 0, "limit": 2}, by_offset("skip"), max_pages=max_pages
        )
        out: list[int] = []
        reply: Any = None
        while True:
            try:
                effect = walk.send(reply)
            except StopIteration:
                return out
            if isinstance(effect, Emit):
                out.append(effect.value)
                reply = None
            else:
                asked.append(effect["skip"])
                reply = {"data": pages[effect["skip"]]}

    assert items() == [1, 2, 3, 4, 5]
    assert items(max_pages=2) == [1, 2, 3, 4]
    assert items(max_pages=0) == []
    assert asked == [0, 2, 4, 0, 2]
