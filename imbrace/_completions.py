"""Streamed OpenAI-style completions (``client.ai.stream``): one decoding rule for sync and async.

The chunks of ``POST /v3/ai/completions`` with ``stream: true`` arrive as SSE ``data:`` payloads ending in
``[DONE]``. A chunk without choices (usage only) is skipped, an ``error`` payload raises
:class:`StreamEventError`, and a stream that ends early or empty raises :class:`IncompleteStreamError`.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from typing import TYPE_CHECKING

import httpx

from ._errors import APIResponseValidationError, IncompleteStreamError, OversizedEventError, StreamEventError
from ._streaming import aiter_sse, is_event_stream, iter_sse

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


class _ChunkReader:
    """Tracks one stream: ``[DONE]`` seen, chunks yielded; raises when it ends empty or early."""

    def __init__(self) -> None:
        self.done = False
        self.count = 0

    def feed(self, data: str) -> CompletionChunk | None:
        if data.strip() == "[DONE]":
            self.done = True
            return None
        chunk = _chunk(data)
        if chunk is not None:
            self.count += 1
        return chunk

    def finish(self) -> None:
        if not self.done:
            raise IncompleteStreamError("the completion stream ended before [DONE]")
        if not self.count:
            raise IncompleteStreamError("the completion stream ended without a single chunk")

    @staticmethod
    def broken(exc: Exception) -> IncompleteStreamError:
        return IncompleteStreamError(f"the completion stream broke: {exc}")


def _iter_chunks(response: httpx.Response) -> Generator[CompletionChunk, None, None]:
    reader = _ChunkReader()
    try:
        if is_event_stream(response):
            events: Iterator[str] = (event.data for event in iter_sse(response.iter_bytes()))
        else:
            events = iter(_completion_as_events(response.read()))
        for data in events:
            chunk = reader.feed(data)
            if chunk is not None:
                yield chunk
            if reader.done:
                break
        reader.finish()
    except (httpx.TransportError, OversizedEventError) as exc:
        raise reader.broken(exc) from None
    finally:
        response.close()


async def _aiter(items: list[str]) -> AsyncIterator[str]:
    for item in items:
        yield item


async def _aiter_chunks(response: httpx.Response) -> AsyncGenerator[CompletionChunk, None]:
    reader = _ChunkReader()
    try:
        if is_event_stream(response):
            events: AsyncIterator[str] = (event.data async for event in aiter_sse(response.aiter_bytes()))
        else:
            events = _aiter(_completion_as_events(await response.aread()))
        async for data in events:
            chunk = reader.feed(data)
            if chunk is not None:
                yield chunk
            if reader.done:
                break
        reader.finish()
    except (httpx.TransportError, OversizedEventError) as exc:
        raise reader.broken(exc) from None
    finally:
        await response.aclose()


class CompletionStream:
    """The chunks of one streamed completion, as they arrive; ``close()`` (or ``with``) ends it early."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self._chunks = _iter_chunks(response)

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


class AsyncCompletionStream:
    """Async :class:`CompletionStream`: ``async for chunk in stream``; ``aclose()`` or ``async with``."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self._chunks = _aiter_chunks(response)

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
