"""``client.ai_agent``: the AI-agent service (streaming chat, chat client, service info)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from .._errors import APIConnectionError, InvalidRequestError
from .._operations import operation
from .._streaming import (
    AsyncStreamedResponse,
    StreamedResponse,
    UIStreamState,
    aiter_sse,
    aiter_text,
    iter_sse,
    iter_text,
)
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from imbrace_generated.ai_agent.models import ChatClientUser, Health, ServiceConfig, ServiceVersion

    from ..types.ui_stream import UIEvent

CHAT_ACCEPT = "text/event-stream, text/plain;q=0.9"


def chat_body(body: Mapping[str, Any], organization_id: str | None) -> dict[str, Any]:
    """The wire body of a chat: a copy with the session ``id`` and ``organization_id`` filled in."""
    if not isinstance(body, Mapping):
        raise InvalidRequestError("body", f"must be a dict, not {type(body).__name__}")
    wire = dict(body)
    if wire.get("id") is None:
        wire["id"] = str(uuid.uuid4())
    if wire.get("organization_id") is None:
        wire.pop("organization_id", None)
        if organization_id:
            wire["organization_id"] = organization_id
    return wire


def _needs_user(wire: dict[str, Any]) -> bool:
    """Validate the chat body now (before any lookup is sent); True when ``user_id`` must be resolved."""
    missing = wire.get("user_id") is None
    if missing:
        wire.pop("user_id", None)
    operation("ai_agent", "stream_chat").validate_body(wire)
    return missing


class AiAgent(SyncResource):
    """Sync ``client.ai_agent``."""

    _service = "ai_agent"

    # -- chat ------------------------------------------------------------------------------------
    def _chat_wire(self, body: Mapping[str, Any]) -> dict[str, Any]:
        wire = chat_body(body, self._client.organization_id)
        if _needs_user(wire):
            wire["user_id"] = self._client._resolve_user_id()
        return wire

    def stream_chat(self, body: Mapping[str, Any]) -> StreamedResponse:
        """POST ``/v2/chat`` and return the open response: SSE for a streaming agent, text otherwise."""
        wire = self._chat_wire(body)
        return StreamedResponse(self._open("stream_chat", body=wire, accept=CHAT_ACCEPT))

    def stream_chat_text(self, body: Mapping[str, Any]) -> Iterator[str]:
        """Yield the reply's text as it arrives, for streaming and non-streaming agents alike.

        Raises :class:`~imbrace.StreamEventError` on an ``error`` chunk, :class:`~imbrace.StreamAbortedError`
        on ``abort``, and :class:`~imbrace.IncompleteStreamError` (with ``partial_text``) when the stream
        ends or breaks before it finished.
        """
        with self.stream_chat(body) as response:
            yield from iter_text(response.response)

    def stream_chat_events(self, body: Mapping[str, Any]) -> Iterator[UIEvent]:
        """Yield a typed event for every chunk of the UI message stream (unknown types included)."""
        from ..types.ui_stream import parse_chunk

        with self.stream_chat(body) as response:
            state = UIStreamState()
            try:
                for event in iter_sse(response.response.iter_bytes()):
                    chunk = state.decode(event.data)
                    if chunk is not None:
                        yield parse_chunk(chunk)
            except (httpx.TransportError, APIConnectionError) as exc:
                raise state.interrupted(exc) from None
            state.check_complete()

    def get_chat_client_user(self, body: Mapping[str, Any] | None = None) -> ChatClientUser:
        return self._call("get_chat_client_user", body=body if body is not None else {})

    # -- service info ----------------------------------------------------------------------------
    def get_health(self, detailed: bool = False) -> Health:
        return self._call("get_health", query={"detailed": detailed})

    def get_config(self) -> ServiceConfig:
        return self._call("get_config")

    def get_version(self) -> ServiceVersion:
        return self._call("get_version")


class AsyncAiAgent(AsyncResource):
    """Async ``client.ai_agent``: the same methods as :class:`AiAgent`, awaited."""

    _service = "ai_agent"

    async def _chat_wire(self, body: Mapping[str, Any]) -> dict[str, Any]:
        wire = chat_body(body, self._client.organization_id)
        if _needs_user(wire):
            wire["user_id"] = await self._client._resolve_user_id()
        return wire

    async def stream_chat(self, body: Mapping[str, Any]) -> AsyncStreamedResponse:
        wire = await self._chat_wire(body)
        return AsyncStreamedResponse(await self._open("stream_chat", body=wire, accept=CHAT_ACCEPT))

    async def stream_chat_text(self, body: Mapping[str, Any]) -> AsyncIterator[str]:
        async with await self.stream_chat(body) as response:
            async for text in aiter_text(response.response):
                yield text

    async def stream_chat_events(self, body: Mapping[str, Any]) -> AsyncIterator[UIEvent]:
        from ..types.ui_stream import parse_chunk

        async with await self.stream_chat(body) as response:
            state = UIStreamState()
            try:
                async for event in aiter_sse(response.response.aiter_bytes()):
                    chunk = state.decode(event.data)
                    if chunk is not None:
                        yield parse_chunk(chunk)
            except (httpx.TransportError, APIConnectionError) as exc:
                raise state.interrupted(exc) from None
            state.check_complete()

    async def get_chat_client_user(self, body: Mapping[str, Any] | None = None) -> ChatClientUser:
        return await self._call("get_chat_client_user", body=body if body is not None else {})

    async def get_health(self, detailed: bool = False) -> Health:
        return await self._call("get_health", query={"detailed": detailed})

    async def get_config(self) -> ServiceConfig:
        return await self._call("get_config")

    async def get_version(self) -> ServiceVersion:
        return await self._call("get_version")
