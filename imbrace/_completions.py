"""Streamed OpenAI-style completions (``client.ai.stream``): one decoding rule for sync and async.

The chunks of ``POST /v3/ai/completions`` with ``stream: true`` arrive as SSE ``data:`` payloads ending in
``[DONE]``. A chunk without choices (usage only) is skipped, an ``error`` payload raises
:class:`StreamEventError`, and a stream that ends early or empty raises :class:`IncompleteStreamError`.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Generic, TypeVar

import httpx

from ._errors import APIResponseValidationError, IncompleteStreamError, OversizedEventError, StreamEventError
from ._streaming import Machine, SSEDecoder, apump, is_event_stream, pump

if TYPE_CHECKING:
    from imbrace_generated.gateway.models import CompletionChunk


def _chunk(data: str) -> CompletionChunk | None:
    """One SSE ``data`` payload as a chunk; None for a chunk without choices (e.g. usage only)."""
    from imbrace_generated.gateway.models import CompletionChunk

    try:
        payload = json.loads(data)
    except ValueError:
        raise APIResponseValidationError(f"complete: a stream event is not JSON: {data[:200]!r}") from None
    if not isinstance(payload, dict):
        raise APIResponseValidationError(f"complete: a stream event is not an object: {data[:200]!r}")
    if "error" in payload and not payload.get("choices"):
        error = payload["error"]
        raise StreamEventError(str(error.get("message", error) if isinstance(error, dict) else error))
    if not payload.get("choices"):
        return None
    return CompletionChunk.from_dict(payload)


def _completion_as_events(data: bytes) -> list[str]:
    """A server that ignored ``stream`` and answered JSON: its completion as one chunk, then ``[DONE]``."""
    try:
        payload = json.loads(data)
        choices = [
            {
                "index": c.get("index", 0),
                "delta": c.get("message", {}),
                "finish_reason": c.get("finish_reason"),
            }
            for c in payload.get("choices", [])
        ]
    except (ValueError, AttributeError, TypeError):
        raise APIResponseValidationError("complete: the reply is neither a stream nor a completion") from None
    return [json.dumps({**payload, "object": "chat.completion.chunk", "choices": choices}), "[DONE]"]


class _ChunkReader(Machine[bytes, "CompletionChunk"]):
    """One stream's rule, fed SSE bytes (or, from a server that answered JSON, the whole body once): hands
    on each chunk, stops at ``[DONE]``, and raises when the stream ends empty or early."""

    breaks = (httpx.TransportError, OversizedEventError)

    def __init__(self, event_stream: bool) -> None:
        self._decoder = SSEDecoder() if event_stream else None
        self.count = 0

    def feed(self, chunk: bytes) -> Iterator[CompletionChunk]:
        if self._decoder is None:
            return self._chunks(_completion_as_events(chunk))
        return self._chunks(self._decoder.feed_data(chunk))

    def end(self) -> Iterator[CompletionChunk]:
        if not self.stop and self._decoder is not None:
            yield from self._chunks(self._decoder.flush_data())
        if not self.stop:
            raise IncompleteStreamError("the completion stream ended before [DONE]")
        if not self.count:
            raise IncompleteStreamError("the completion stream ended without a single chunk")

    def _chunks(self, events: list[str]) -> Iterator[CompletionChunk]:
        for data in events:
            if data.strip() == "[DONE]":
                self.stop = True
                return
            chunk = _chunk(data)
            if chunk is not None:
                self.count += 1
                yield chunk

    def broken(self, exc: Exception) -> Exception:
        return IncompleteStreamError(f"the completion stream broke: {exc}")


def _whole(response: httpx.Response) -> Iterator[bytes]:
    yield response.read()


async def _awhole(response: httpx.Response) -> AsyncIterator[bytes]:
    yield await response.aread()


def _iter_chunks(response: httpx.Response) -> Generator[CompletionChunk, None, None]:
    event_stream = is_event_stream(response)
    try:
        yield from pump(
            _ChunkReader(event_stream), response.iter_bytes() if event_stream else _whole(response)
        )
    finally:
        response.close()


async def _aiter_chunks(response: httpx.Response) -> AsyncGenerator[CompletionChunk, None]:
    event_stream = is_event_stream(response)
    try:
        async for chunk in apump(
            _ChunkReader(event_stream), response.aiter_bytes() if event_stream else _awhole(response)
        ):
            yield chunk
    finally:
        await response.aclose()


ChunksT = TypeVar(
    "ChunksT", Generator["CompletionChunk", None, None], AsyncGenerator["CompletionChunk", None]
)


class _Chunks(Generic[ChunksT]):
    """What both streams hold: the open response, and the chunks read from it (``_read``) as they come."""

    _read: Callable[[httpx.Response], ChunksT]

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self._chunks: ChunksT = self._read(response)


class CompletionStream(_Chunks[Generator["CompletionChunk", None, None]]):
    """The chunks of one streamed completion, as they arrive; ``close()`` (or ``with``) ends it early."""

    _read = staticmethod(_iter_chunks)

    def __iter__(self) -> Iterator[CompletionChunk]:
        return self._chunks

    def __next__(self) -> CompletionChunk:
        return next(self._chunks)

    def close(self) -> None:
        self._chunks.close()
        self.response.close()

    def __enter__(self) -> CompletionStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncCompletionStream(_Chunks[AsyncGenerator["CompletionChunk", None]]):
    """Async :class:`CompletionStream`: ``async for chunk in stream``; ``aclose()`` or ``async with``."""

    _read = staticmethod(_aiter_chunks)

    def __aiter__(self) -> AsyncIterator[CompletionChunk]:
        return self._chunks

    async def __anext__(self) -> CompletionChunk:
        return await anext(self._chunks)

    async def aclose(self) -> None:
        await self._chunks.aclose()
        await self.response.aclose()

    async def __aenter__(self) -> AsyncCompletionStream:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
