"""Server-sent events, the UI message stream on top of them, and the streamed-response wrappers.

Layers, each usable on its own:

* :class:`SSEDecoder` turns bytes into events, incrementally and as the SSE spec says (LF, CR and CRLF
  line ends, multi-line ``data``, comments, ``id`` and ``retry``; no phantom events after an ``id:``
  line; U+2028 stays inside data). A block that is a single ``data:`` line takes a fast path.
* :class:`UIStreamState` reads the Vercel AI SDK UI message stream (``data: <json>`` chunks, then
  ``[DONE]``): text deltas, ``error`` and ``abort`` chunks as typed errors, and a stream that ends
  before ``finish``/``[DONE]`` as :class:`IncompleteStreamError` carrying the partial text.
* :class:`StreamedResponse` / :class:`AsyncStreamedResponse` wrap an open httpx response: they behave
  like it (``headers``, ``raise_for_status()``, ``iter_lines()``) and read the body only on demand.

Sync and async share every decision: each reader is a sans-IO :class:`Machine` (``feed()`` a chunk,
``end()``), and :func:`pump` / :func:`apump` are the only loops that pull chunks, plainly or awaited.
"""

from __future__ import annotations

import codecs
import reprlib
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx

from ._errors import (
    APIConnectionError,
    ImbraceError,
    IncompleteStreamError,
    OversizedEventError,
    StreamAbortedError,
    StreamError,
    StreamEventError,
)
from ._json import loads as _json_loads
from ._logging import sensitive_values

__all__ = [
    "ServerSentEvent",
    "SSEDecoder",
    "UIStreamState",
    "StreamedResponse",
    "AsyncStreamedResponse",
]

# Module-level so tests (and the benchmark's stdlib row) can swap the parser.
_loads: Callable[[str], Any] = _json_loads


class ServerSentEvent:
    """One dispatched event. ``event`` defaults to ``"message"``; ``id`` is the last event id seen."""

    __slots__ = ("event", "data", "id", "retry")

    def __init__(
        self, data: str, event: str = "message", id: str | None = None, retry: int | None = None
    ) -> None:
        self.data: str = data
        self.event: str = event
        self.id: str | None = id
        self.retry: int | None = retry

    def json(self) -> Any:
        return _loads(self.data)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServerSentEvent):
            return NotImplemented
        return (self.event, self.data, self.id, self.retry) == (
            other.event,
            other.data,
            other.id,
            other.retry,
        )

    def __repr__(self) -> str:
        return (
            f"ServerSentEvent(event={self.event!r}, data={self.data!r}, id={self.id!r}, retry={self.retry!r})"
        )


# An event still without its blank line after this many characters raises: a broken or hostile server
# cannot grow the decoder's buffer without bound. UI-stream chunks are a few hundred characters.
MAX_EVENT_CHARS = 16 * 1024 * 1024


class SSEDecoder:
    """Incremental SSE decoder: ``feed(bytes)`` returns the events completed by that chunk.

    Text of an unfinished event is kept as a list of pieces and joined once, when its blank line
    arrives, so a large event costs linear time however many chunks it spans. An unfinished event
    longer than ``max_event_chars`` raises :class:`OversizedEventError`.
    """

    __slots__ = (
        "_utf8",
        "_pending",
        "_pending_chars",
        "_hold",
        "_bom_checked",
        "max_event_chars",
        "last_event_id",
        "retry",
        "comments",
    )

    def __init__(self, max_event_chars: int | None = None) -> None:
        self._utf8 = codecs.getincrementaldecoder("utf-8")("replace")
        self._pending: list[str] = []  # text after the last blank line, in pieces
        self._pending_chars = 0
        self._hold = ""  # a CR at the end of a chunk: maybe the first half of a CRLF
        self._bom_checked = False
        self.max_event_chars: int = MAX_EVENT_CHARS if max_event_chars is None else max_event_chars
        self.last_event_id: str | None = None
        self.retry: int | None = None
        self.comments: int = 0

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        events: list[ServerSentEvent] = []
        for block in self._blocks(self._utf8.decode(chunk)):
            if block[:6] == "data: " and "\n" not in block:
                events.append(ServerSentEvent(block[6:], "message", self.last_event_id, self.retry))
            elif block:
                self._block(block, events)
        return events

    def feed_data(self, chunk: bytes) -> list[str]:
        """Like :meth:`feed`, but only each event's ``data``: no event objects are built.

        The UI-stream helpers read nothing else, and skipping one object per event halves the
        decoder's cost (0.33 -> 0.17 us an event). ``id``, ``retry`` and comments are parsed as :meth:`feed` does.
        """
        return self._data(self._blocks(self._utf8.decode(chunk)))

    def flush(self) -> list[ServerSentEvent]:
        """End of stream. Per the spec, a last block without its blank line is not dispatched."""
        events: list[ServerSentEvent] = []
        for block in self._final_blocks():
            if block:
                self._block(block, events)
        return events

    def flush_data(self) -> list[str]:
        """:meth:`flush` for :meth:`feed_data`."""
        return self._data(self._final_blocks())

    def _data(self, blocks: list[str]) -> list[str]:
        # Fast path: every block is one ``data: `` line (a UI message stream always is).
        out = [block[6:] for block in blocks if block[:6] == "data: " and "\n" not in block]
        if len(out) == len(blocks):
            return out
        out = []
        events: list[ServerSentEvent] = []
        for block in blocks:
            if block[:6] == "data: " and "\n" not in block:
                out.append(block[6:])
            elif block:
                self._block(block, events)
                out.extend(event.data for event in events)
                events.clear()
        return out

    def _final_blocks(self) -> list[str]:
        tail, self._hold = self._hold + self._utf8.decode(b"", final=True), ""
        if tail.endswith("\r"):  # a held-back CR was a line end after all
            tail = tail[:-1] + "\n"
        blocks = self._blocks(tail)
        self._pending, self._pending_chars = [], 0
        return blocks

    def _blocks(self, text: str) -> list[str]:
        """The blocks (events, without their blank line) that ``text`` completes; keeps the rest."""
        if self._pending_chars > self.max_event_chars:  # left over from the call that returned events
            self._oversized()
        if not self._bom_checked and text:
            self._bom_checked = True
            if text[0] == "\ufeff":
                text = text[1:]
        if self._hold or "\r" in text:  # normalise line ends in the new text only
            text, self._hold = self._hold + text, ""
            if text[-1:] == "\r":
                text, self._hold = text[:-1], "\r"
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if not text:
            return []
        pending = self._pending
        if pending and "\n\n" not in text and not (text[:1] == "\n" and pending[-1][-1] == "\n"):
            pending.append(text)  # the event goes on: no join, no rescan of what came before
            self._pending_chars += len(text)
            blocks: list[str] = []
        else:
            if pending:
                text = "".join(pending) + text
            end = text.rfind("\n\n")
            rest = text if end < 0 else text[end + 2 :]
            self._pending, self._pending_chars = ([rest] if rest else []), len(rest)
            blocks = [] if end < 0 else text[:end].split("\n\n")
        if not blocks and self._pending_chars > self.max_event_chars:
            self._oversized()  # with blocks to return, the check at the next call raises instead
        return blocks

    def _oversized(self) -> None:
        self._pending, self._pending_chars = [], 0
        raise OversizedEventError(
            f"a server-sent event grew past max_event_chars={self.max_event_chars} without ending"
        )

    def _block(self, block: str, events: list[ServerSentEvent]) -> None:
        data: list[str] = []
        event = ""
        for line in block.split("\n"):
            if not line:
                if data:
                    events.append(
                        ServerSentEvent("\n".join(data), event or "message", self.last_event_id, self.retry)
                    )
                data, event = [], ""
                continue
            if line[0] == ":":
                self.comments += 1
                continue
            name, colon, value = line.partition(":")
            if colon and value[:1] == " ":
                value = value[1:]
            if name == "data":
                data.append(value)
            elif name == "event":
                event = value
            elif name == "id":
                if "\0" not in value:
                    self.last_event_id = value
            elif name == "retry" and value.isascii() and value.isdigit():
                self.retry = int(value)
        if data:
            events.append(
                ServerSentEvent("\n".join(data), event or "message", self.last_event_id, self.retry)
            )


ChunkT = TypeVar("ChunkT")  # what a machine is fed: bytes, text, decoded events
ItemT = TypeVar("ItemT")  # what it hands on
MachineT = TypeVar("MachineT", bound="Machine[Any, Any]")


class Machine(Generic[ChunkT, ItemT]):
    """A sans-IO stream reader: fed each chunk as it arrives, it hands on items; :func:`pump` (sync) and
    :func:`apump` (async) do the reading, so every rule of a reader is written once.

    ``feed()`` and ``end()`` return iterables the driver hands on before it reads again: a lazy one raises
    at the very item that is wrong, after the items before it went out. Setting ``stop`` in a feed ends
    the reading there (``end()`` still runs). An error of a type in ``breaks`` while reading or feeding
    is raised as ``broken(error)`` instead.
    """

    stop = False
    breaks: tuple[type[Exception], ...] = ()
    # The credentials of the request being read: masked in any error the stream's text ends up in
    # (a server may echo the key in an ``error`` chunk). Set by whoever opened the response.
    secrets: tuple[str, ...] = ()

    def feed(self, chunk: ChunkT) -> Iterable[ItemT]:
        raise NotImplementedError

    def end(self) -> Iterable[ItemT]:
        return ()

    def broken(self, exc: Exception) -> Exception:
        return exc


def failed(machine: Machine[Any, Any], exc: BaseException) -> BaseException | None:
    """What a reader raises for ``exc``: ``broken(exc)`` for a break (detached from ``exc``, whose
    request holds the credentials), the error itself with the request's secrets masked for an SDK
    error, None for anything else (re-raised as it is)."""
    if isinstance(exc, machine.breaks):
        error = machine.broken(exc)
    elif isinstance(exc, ImbraceError):
        error = exc
    else:
        return None
    if isinstance(error, ImbraceError):
        error._redact(machine.secrets)
    error.__context__ = None
    error.__suppress_context__ = True
    return error


def pump(machine: Machine[ChunkT, ItemT], chunks: Iterable[ChunkT]) -> Iterator[ItemT]:
    """Read ``chunks`` into ``machine`` and yield what it hands on: the sync driver."""
    try:
        for chunk in chunks:
            yield from machine.feed(chunk)
            if machine.stop:
                break
        yield from machine.end()
    except Exception as exc:
        error = failed(machine, exc)
        if error is None:
            raise
    else:
        return
    raise error  # outside the handler, so nothing chains the httpx error back on


async def apump(machine: Machine[ChunkT, ItemT], chunks: AsyncIterable[ChunkT]) -> AsyncIterator[ItemT]:
    """:func:`pump` for an async source."""
    try:
        async for chunk in chunks:
            for item in machine.feed(chunk):
                yield item
            if machine.stop:
                break
        for item in machine.end():
            yield item
    except Exception as exc:
        error = failed(machine, exc)
        if error is None:
            raise
    else:
        return
    raise error


class _Events(Machine[bytes, ServerSentEvent]):
    """Bytes in, server-sent events out (errors, oversized events included, pass through as they are)."""

    def __init__(self) -> None:
        self.decoder = SSEDecoder()

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        return self.decoder.feed(chunk)

    def end(self) -> list[ServerSentEvent]:
        return self.decoder.flush()


def iter_sse(chunks: Iterable[bytes]) -> Iterator[ServerSentEvent]:
    return pump(_Events(), chunks)


def aiter_sse(chunks: AsyncIterable[bytes]) -> AsyncIterator[ServerSentEvent]:
    return apump(_Events(), chunks)


class UIStreamState:
    """Reads one UI message stream, event by event; shared by the sync and async helpers.

    ``text(data)`` returns the text of a ``text-delta`` chunk (or of an OpenAI-style
    ``choices[0].delta.content`` chunk) and raises on ``error`` and ``abort``. ``finish()`` raises
    :class:`IncompleteStreamError` when the stream ended before ``finish`` or ``[DONE]``.
    """

    __slots__ = ("parts", "finished", "done", "usage", "finish_reason")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.finished = False
        self.done = False
        self.usage: Any = None
        self.finish_reason: str | None = None

    @property
    def partial_text(self) -> str:
        return "".join(self.parts)

    def decode(self, data: str) -> dict[str, Any] | None:
        """The chunk as a dict, or None for ``[DONE]``. Non-JSON payloads are a :class:`StreamError`."""
        chunk = self._parse(data)
        if chunk is not None:
            self._inspect(chunk)
        return chunk

    def _parse(self, data: str) -> dict[str, Any] | None:
        if data == "[DONE]":
            self.done = True
            return None
        try:
            chunk = _loads(data)
        except ValueError:
            raise StreamError(
                f"malformed stream chunk: {data[:80]!r}", partial_text=self.partial_text
            ) from None
        if type(chunk) is not dict:
            raise StreamError(f"stream chunk is not an object: {data[:80]!r}", partial_text=self.partial_text)
        return chunk

    def _inspect(self, chunk: dict[str, Any]) -> None:
        """Raise on ``error``/``abort``; note ``finish`` (its reason and usage) and delta text."""
        kind = chunk.get("type")
        if kind == "text-delta":  # reached through decode(): keep the text for partial_text
            delta = chunk.get("delta")
            if type(delta) is str:
                self.parts.append(delta)
        elif kind == "error":
            text = chunk.get("errorText", "")
            # reprlib bounds what it shows: a deeply nested errorText can't make str() recurse
            text = text if isinstance(text, str) else reprlib.repr(text)
            raise StreamEventError(text, partial_text=self.partial_text)
        if kind == "abort":
            raise StreamAbortedError(chunk.get("reason"), partial_text=self.partial_text)
        if kind == "finish":
            self.finished = True
            self.finish_reason = chunk.get("finishReason")
            meta = chunk.get("messageMetadata")
            if isinstance(meta, dict):
                self.usage = meta.get("usage")

    def text(self, data: str) -> str | None:
        chunk = self._parse(data)
        if chunk is None:
            return None
        kind = chunk.get("type")
        if kind == "text-delta":  # the hot path: nothing else to inspect
            delta = chunk.get("delta")
        else:
            self._inspect(chunk)
            if kind is not None or "choices" not in chunk:
                return None
            try:  # OpenAI-style fallback
                delta = chunk["choices"][0]["delta"].get("content")
            except (LookupError, TypeError, AttributeError):
                return None
        if type(delta) is str and delta:
            self.parts.append(delta)
            return delta
        return None

    def check_complete(self) -> None:
        if not (self.finished or self.done):
            raise IncompleteStreamError(
                "the stream ended before its finish chunk: the text so far is partial",
                partial_text=self.partial_text,
            )

    def interrupted(self, exc: Exception) -> IncompleteStreamError:
        return IncompleteStreamError(
            f"the stream was interrupted ({type(exc).__name__}): the text so far is partial",
            partial_text=self.partial_text,
        )


def plain_text_chunks(text: str) -> list[dict[str, Any]]:
    """The UI chunks a whole ``text/plain`` reply stands for, so event consumers see one shape."""
    chunks: list[dict[str, Any]] = [{"type": "start"}, {"type": "text-start", "id": "text"}]
    if text:
        chunks.append({"type": "text-delta", "id": "text", "delta": text})
    return [*chunks, {"type": "text-end", "id": "text"}, {"type": "finish", "finishReason": "stop"}]


class UIStreamReader(Machine[bytes, ItemT]):
    """A UI message stream, fed as bytes: what every reader of one shares. It decodes only event data
    (:meth:`SSEDecoder.feed_data`, no event object per chunk), hands it to ``_items`` (what a subclass
    makes of it, through ``self.state``), and the stream must end whole (:class:`UIStreamState`)."""

    breaks: tuple[type[Exception], ...] = (httpx.TransportError, OversizedEventError)

    def __init__(self) -> None:
        self.state = UIStreamState()
        self._decoder = SSEDecoder()

    def feed(self, chunk: bytes) -> Iterator[ItemT]:
        return self._items(self._decoder.feed_data(chunk))

    def end(self) -> Iterator[ItemT]:
        yield from self._items(self._decoder.flush_data())
        self.state.check_complete()

    def _items(self, events: list[str]) -> Iterator[ItemT]:
        raise NotImplementedError

    def broken(self, exc: Exception) -> Exception:
        return self.state.interrupted(exc)


class _UIText(UIStreamReader[str]):
    """The text of a UI message stream's deltas."""

    def _items(self, events: list[str]) -> Iterator[str]:
        text = self.state.text
        for data in events:
            if (delta := text(data)) is not None:
                yield delta


class _PlainText(Machine[str, str]):
    """A ``text/plain`` reply (a non-streaming agent's) as it is decoded: there is no end to check."""

    breaks = (httpx.TransportError, OversizedEventError)

    def feed(self, chunk: str) -> tuple[str, ...]:
        return (chunk,) if chunk else ()

    def broken(self, exc: Exception) -> Exception:
        return UIStreamState().interrupted(exc)


def reading(machine: MachineT, response: httpx.Response) -> MachineT:
    """``machine``, told the credentials of ``response``'s request (masked in the errors it raises)."""
    try:
        machine.secrets = sensitive_values(response.request.headers)
    except RuntimeError:  # a response built by hand, with no request
        pass
    return machine


def iter_text(response: httpx.Response) -> Iterator[str]:
    """The text of a chat reply as it arrives: a UI message stream's deltas, or a plain-text body."""
    if is_event_stream(response):
        return pump(reading(_UIText(), response), response.iter_bytes())
    return pump(reading(_PlainText(), response), response.iter_text())


def aiter_text(response: httpx.Response) -> AsyncIterator[str]:
    """:func:`iter_text`, read asynchronously."""
    if is_event_stream(response):
        return apump(reading(_UIText(), response), response.aiter_bytes())
    return apump(reading(_PlainText(), response), response.aiter_text())


def is_event_stream(response: httpx.Response) -> bool:
    return "text/event-stream" in response.headers.get("content-type", "")


class _ResponseProxy:
    """Shared by both wrappers: everything not overridden is the httpx response's own."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    def __getattr__(self, name: str) -> Any:
        return getattr(self.response, name)

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    @property
    def status_code(self) -> int:
        return self.response.status_code

    @property
    def is_event_stream(self) -> bool:
        return is_event_stream(self.response)

    def raise_for_status(self) -> _ResponseProxy:
        # Error statuses already raised a typed ImbraceError before this object existed.
        return self

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.response.status_code}] {self.response.headers.get('content-type', '')}>"


class StreamedResponse(_ResponseProxy):
    """An open response whose body is read as it arrives; ``text``/``content`` read it on demand.

    Close it (or use ``with``) when not consuming it all; it is also closed when garbage-collected.
    """

    @property
    def content(self) -> bytes:
        return self.response.read()

    @property
    def text(self) -> str:
        self.response.read()
        return self.response.text

    def iter_lines(self) -> Iterator[str]:
        with self._guard():
            yield from self.response.iter_lines()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        with self._guard():
            yield from self.response.iter_bytes(chunk_size)

    def iter_events(self) -> Iterator[ServerSentEvent]:
        """The body as server-sent events."""
        with self._guard():
            yield from iter_sse(self.response.iter_bytes())

    def write_to(self, path_or_file: Any, chunk_size: int = 65536) -> int:
        """Stream the body into a path or a binary file; returns the bytes written."""
        from ._files import write_stream

        with self._guard():
            return write_stream(self.response.iter_bytes(chunk_size), path_or_file)

    def _guard(self) -> _ReadGuard:
        return _ReadGuard(self)

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> StreamedResponse:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.response.close()
        except Exception:
            pass


class _ReadGuard:
    """Turns transport errors while reading a body into SDK errors and closes the response."""

    def __init__(self, owner: _ResponseProxy) -> None:
        self.owner = owner

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, et: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if isinstance(exc, httpx.TransportError):
            raise APIConnectionError(f"the response body was interrupted ({type(exc).__name__})") from None


class AsyncStreamedResponse(_ResponseProxy):
    """Async twin of :class:`StreamedResponse`: ``aiter_lines()``, ``aread()``, ``aclose()``."""

    @property
    def content(self) -> bytes:
        return self.response.content

    @property
    def text(self) -> str:
        return self.response.text

    async def aread(self) -> bytes:
        return await self.response.aread()

    async def aiter_lines(self) -> AsyncIterator[str]:
        with _ReadGuard(self):
            async for line in self.response.aiter_lines():
                yield line

    async def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        with _ReadGuard(self):
            async for chunk in self.response.aiter_bytes(chunk_size):
                yield chunk

    async def aiter_events(self) -> AsyncIterator[ServerSentEvent]:
        with _ReadGuard(self):
            async for event in aiter_sse(self.response.aiter_bytes()):
                yield event

    async def write_to(self, path_or_file: Any, chunk_size: int = 65536) -> int:
        from ._files import awrite_stream

        with _ReadGuard(self):
            return await awrite_stream(self.response.aiter_bytes(chunk_size), path_or_file)

    async def aclose(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> AsyncStreamedResponse:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
