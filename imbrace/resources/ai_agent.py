"""``client.ai_agent``: the AI-agent service.

Streaming chat (v2 and sub-agents), prompt suggestions, the retired embedding routes (still callable, with a
``DeprecationWarning``), data-board field suggestions, Parquet files, Tempo traces, the chat-client sub-API
(auth, chats, status stream, messages, votes, versioned documents), service info, admin guides and the
legacy v1 chat calls (mapped onto the chat-client routes, every argument honoured).

One class serves both clients. Plain operations come from the spec (``x-imbrace-methods``), generated;
chats, streams and the legacy calls are flows; the chat's text and events are read by sans-IO
:class:`~imbrace._streaming.Machine` readers fed through :class:`~imbrace._operations.Read` effects.
"""

from __future__ import annotations

import codecs
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar, Unpack, cast, overload

import httpx

from imbrace_generated.ai_agent import namespaces as ag_ops
from imbrace_generated.options import CallOptions

from .._chat_session import AsyncChatSession, ChatSession
from .._errors import APIConnectionError, InvalidRequestError, OversizedEventError
from .._operations import Call, Emit, Read, operation
from .._pagination import by_last_id, walk_pages
from .._resource import (
    Async,
    FlowGen,
    IterGen,
    ModeT,
    Resource,
    Sync,
    flow,
    iterator_of,
    response_flow,
    warn_deprecated,
)
from .._streaming import (
    AsyncStreamedResponse,
    Machine,
    StreamedResponse,
    UIStreamReader,
    _PlainText,
    _UIText,
    failed,
    is_event_stream,
    plain_text_chunks,
    reading,
)

if TYPE_CHECKING:
    from imbrace_generated.ai_agent.models import (
        ChatClientUser,
        ClientChat,
        ClientChatPage,
        DeletedChats,
    )
    from imbrace_generated.ai_agent.params import ChatClientTokenRequestParams

    from ..types.ui_stream import UIEvent

P = ParamSpec("P")
R = TypeVar("R")

CHAT_ACCEPT = "text/event-stream, text/plain;q=0.9"
STATUS_ACCEPT = "text/event-stream"
GUIDE_ACCEPT = "application/pdf, application/octet-stream;q=0.9, */*;q=0.5"
CHAT_PAGE_SIZE = 20
MAX_CHAT_PAGES = 10_000


# -- chat bodies -----------------------------------------------------------------------------------
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
    """True when ``user_id`` must be resolved first; the body is then validated before that lookup is
    sent (otherwise the chat request itself validates it, once)."""
    if wire.get("user_id") is not None:
        return False
    wire.pop("user_id", None)
    operation("ai_agent", "stream_chat").validate_body(wire)
    return True


def sub_agent_body(body: Mapping[str, Any], organization_id: str | None) -> dict[str, Any]:
    """The wire body of a sub-agent chat: ``organization_id`` filled in from the client."""
    if not isinstance(body, Mapping):
        raise InvalidRequestError("body", f"must be a dict, not {type(body).__name__}")
    wire = {k: v for k, v in body.items() if v is not None}
    if "organization_id" not in wire and organization_id:
        wire["organization_id"] = organization_id
    return wire


def streamed(resource: Resource[Any], response: httpx.Response) -> Any:
    """The open response wrapped for the resource's client: :class:`StreamedResponse` for the sync
    client, :class:`AsyncStreamedResponse` for the async one."""
    from .._client import AsyncImbraceClient

    if isinstance(resource._client, AsyncImbraceClient):
        return AsyncStreamedResponse(response)
    return StreamedResponse(response)


# -- reading a chat reply (sans-IO readers, fed by Read effects) -----------------------------------
class _DecodedText(Machine[bytes, str]):
    """A ``text/plain`` reply's bytes, decoded as they arrive (the response's charset) and handed to
    :class:`~imbrace._streaming._PlainText`, whose rules they follow."""

    def __init__(self, encoding: str | None) -> None:
        self._decoder = codecs.getincrementaldecoder(encoding or "utf-8")("replace")
        self._text = _PlainText()
        self.breaks = self._text.breaks

    def feed(self, chunk: bytes) -> Iterable[str]:
        return self._text.feed(self._decoder.decode(chunk))

    def end(self) -> Iterable[str]:
        return self._text.feed(self._decoder.decode(b"", final=True))

    def broken(self, exc: Exception) -> Exception:
        return self._text.broken(exc)


class _UIEvents(UIStreamReader["UIEvent"]):
    """A UI message stream as typed events (unknown chunk types included); it must end whole."""

    breaks = (httpx.TransportError, APIConnectionError, OversizedEventError)

    def __init__(self) -> None:
        from ..types.ui_stream import parse_chunk

        super().__init__()
        self._parse = parse_chunk

    def _items(self, events: list[str]) -> Iterator[UIEvent]:
        for data in events:
            chunk = self.state.decode(data)
            if chunk is not None:
                yield self._parse(chunk)


class _PlainEvents(Machine[bytes, "UIEvent"]):
    """A non-streaming agent's whole ``text/plain`` reply as the events a stream of it would give."""

    def __init__(self, encoding: str | None) -> None:
        self._encoding = encoding or "utf-8"
        self._body = bytearray()

    def feed(self, chunk: bytes) -> tuple[UIEvent, ...]:
        self._body += chunk
        return ()

    def end(self) -> list[UIEvent]:
        from ..types.ui_stream import parse_chunk

        text = self._body.decode(self._encoding, "replace")
        return [parse_chunk(chunk) for chunk in plain_text_chunks(text)]


def read_through(machine: Machine[bytes, Any], response: httpx.Response) -> IterGen:
    """An iterating flow that reads ``response`` into ``machine`` and emits what it hands on (the flow
    form of :func:`~imbrace._streaming.pump`: same ``stop``, ``breaks`` and ``broken`` rules, and the
    same masking of the request's credentials in the errors it raises)."""
    reading(machine, response)
    try:
        while not machine.stop:
            chunk = yield Read(response)
            if not chunk:
                break
            for item in machine.feed(chunk):
                yield Emit(item)
        for item in machine.end():
            yield Emit(item)
    except Exception as exc:
        error = failed(machine, exc)
        if error is None:
            raise
    else:
        return
    raise error  # outside the handler, so nothing chains the httpx error back on


def take(items: IterGen, keep: Callable[[Any], bool], limit: int) -> FlowGen[list[Any]]:
    """Run an iterating flow inside a flow: the first ``limit`` emitted items that ``keep`` accepts.

    It stops asking for pages as soon as it has them (the iterating flow is closed there).
    """
    kept: list[Any] = []
    sent: Any = None
    while True:
        try:
            effect = items.send(sent)
        except StopIteration:
            return kept
        if isinstance(effect, Call):
            sent = yield effect
            continue
        if not isinstance(effect, Emit):
            raise TypeError("take() runs flows of calls and items, not streamed reads")
        sent = None
        if keep(effect.value):
            kept.append(effect.value)
            if len(kept) >= limit:
                items.close()
                return kept


# -- retired embedding routes ----------------------------------------------------------------------
# The retired routes and what replaced them in ``client.ai`` (None: nothing did).
EMBEDDING_REPLACEMENTS: dict[str, str | None] = {
    "process_embedding": "client.ai.upload_rag_file",
    "list_embedding_files": "client.ai.list_rag_files",
    "get_embedding_file": "client.ai.get_rag_file",
    "preview_embedding_file": None,
    "update_embedding_file_status": None,
    "delete_embedding_file": "client.ai.delete_rag_file",
    "classify_file": None,
}


def warn_retired(method: str) -> None:
    """Warn that ``client.ai_agent.<method>`` uses a retired embedding route, naming its replacement."""
    replacement = EMBEDDING_REPLACEMENTS[method]
    hint = f"use {replacement} instead" if replacement else "it has no replacement in client.ai"
    warn_deprecated(f"client.ai_agent.{method} calls a retired /ai-agent/embedding route; {hint}")


# -- chat-client pages and the legacy v1 checks ----------------------------------------------------
def chat_page_query(
    organization_id: str | None, limit: int | None, starting_after: str | None, ending_before: str | None
) -> dict[str, Any]:
    if starting_after is not None and ending_before is not None:
        raise InvalidRequestError("ending_before", "pass starting_after or ending_before, not both")
    return {
        "organization_id": organization_id,
        "limit": limit,
        "starting_after": starting_after,
        "ending_before": ending_before,
    }


def legacy_list_check(limit: int | None) -> int:
    """``list_chats``' page size; it also caps how many chats (after the ``user_id`` filter) are returned."""
    if limit is not None and (not isinstance(limit, int) or limit < 1):
        raise InvalidRequestError("limit", "must be a positive integer")
    return limit or CHAT_PAGE_SIZE


def owned_by(chat: Any, user_id: str | None) -> bool:
    return user_id is None or chat.get("userId") == user_id


class AiAgent(ag_ops.AiAgentOperations[ModeT]):
    """``client.ai_agent``: the AI-agent service."""

    _service = "ai_agent"

    # -- chat ------------------------------------------------------------------------------------
    def _open_chat(self, body: Mapping[str, Any]) -> FlowGen[httpx.Response]:
        """Send the chat (looking the caller's user id up first when the body has none, once per
        client) and return the open response."""
        wire = chat_body(body, self._client.organization_id)
        if _needs_user(wire):
            wire["user_id"] = yield from self._client._chat_user_flow()
        response: httpx.Response = yield Call(
            self._op("stream_chat"), body=wire, stream=True, accept=CHAT_ACCEPT
        )
        return response

    @response_flow
    def stream_chat(self, body: Mapping[str, Any], **options: Unpack[CallOptions]) -> FlowGen[Any]:
        """POST ``/v2/chat`` and return the open response: SSE for a streaming agent, text otherwise.

        ``id`` (the session) defaults to a new one, ``organization_id`` to the client's and ``user_id``
        to the caller's (looked up once). The async client returns an :class:`AsyncStreamedResponse`.
        """
        return streamed(self, (yield from self._open_chat(body)))

    @iterator_of(str)
    def stream_chat_text(self, body: Mapping[str, Any], **options: Unpack[CallOptions]) -> IterGen:
        """Yield the reply's text as it arrives, for streaming and non-streaming agents alike.

        Raises :class:`~imbrace.StreamEventError` on an ``error`` chunk, :class:`~imbrace.StreamAbortedError`
        on ``abort``, and :class:`~imbrace.IncompleteStreamError` (with ``partial_text``) when the stream
        ends or breaks before it finished.
        """
        response = yield from self._open_chat(body)
        reader = _UIText() if is_event_stream(response) else _DecodedText(response.encoding)
        yield from read_through(reader, response)

    @iterator_of(cast("type[UIEvent]", object))
    def stream_chat_events(self, body: Mapping[str, Any], **options: Unpack[CallOptions]) -> IterGen:
        """Yield a typed event for every chunk of the UI message stream (unknown types included).

        A non-streaming agent's plain-text reply comes as the events a stream of it would give.
        """
        response = yield from self._open_chat(body)
        streaming = is_event_stream(response)
        yield from read_through(_UIEvents() if streaming else _PlainEvents(response.encoding), response)

    @overload
    def session(
        self: AiAgent[Sync],
        assistant_id: str,
        *,
        session_id: str | None = None,
        organization_id: str | None = None,
        user_id: str | None = None,
    ) -> ChatSession: ...
    @overload
    def session(
        self: AiAgent[Async],
        assistant_id: str,
        *,
        session_id: str | None = None,
        organization_id: str | None = None,
        user_id: str | None = None,
    ) -> AsyncChatSession: ...
    def session(
        self,
        assistant_id: str,
        *,
        session_id: str | None = None,
        organization_id: str | None = None,
        user_id: str | None = None,
    ) -> ChatSession | AsyncChatSession:
        """A conversation with one assistant: ``with client.ai_agent.session(id) as chat`` (``async with``
        on the async client, which gives an :class:`imbrace.AsyncChatSession`).

        It keeps one session id (so the server keeps the history), a transcript of completed turns, the
        token usage, and ``export_markdown()``; see :class:`imbrace.ChatSession`.
        """
        from .._client import AsyncImbraceClient

        kind = AsyncChatSession if isinstance(self._client, AsyncImbraceClient) else ChatSession
        events = cast(Any, self).stream_chat_events  # an Iterator or AsyncIterator by mode
        return kind(
            events, assistant_id, session_id=session_id, organization_id=organization_id, user_id=user_id
        )

    @flow
    def get_chat_client_user(
        self, body: ChatClientTokenRequestParams | None = None, **options: Unpack[CallOptions]
    ) -> FlowGen[ChatClientUser]:
        """The chat-client user of the caller (or of ``{"token": ...}``); no body sends ``{}``."""
        wire = dict(body) if body is not None else {}
        result: ChatClientUser = yield Call(self._op("get_chat_client_user"), body=wire)
        return result

    # -- sub-agents and prompt suggestions -------------------------------------------------------
    @response_flow
    def stream_sub_agent_chat(self, body: Mapping[str, Any], **options: Unpack[CallOptions]) -> FlowGen[Any]:
        """POST ``/v2/sub-agent-chat`` and return the open response (streams like :meth:`stream_chat`)."""
        wire = sub_agent_body(body, self._client.organization_id)
        call = Call(self._op("stream_sub_agent_chat"), body=wire, stream=True, accept=CHAT_ACCEPT)
        return streamed(self, (yield call))

    # -- embeddings (retired routes: each call warns, then is sent) ------------------------------

    @flow
    def delete_embedding_file(self, file_id: str, **options: Unpack[CallOptions]) -> FlowGen[None]:
        """Retired: delete an embedding record (warns; returns None). Use ``client.ai.delete_rag_file``."""
        warn_retired("delete_embedding_file")
        yield Call(self._op("delete_embedding_file"), {"file_id": file_id})

    # -- data board and parquet ------------------------------------------------------------------

    # -- tracing ---------------------------------------------------------------------------------

    # -- chat client: auth and chats -------------------------------------------------------------

    @flow
    def list_client_chats(
        self,
        *,
        organization_id: str | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        ending_before: str | None = None,
        **options: Unpack[CallOptions],
    ) -> FlowGen[ClientChatPage]:
        """One page of chats, newest first (``has_more`` says whether another page follows); page with
        ``starting_after`` or ``ending_before`` (a chat id), not both."""
        query = chat_page_query(organization_id, limit, starting_after, ending_before)
        result: ClientChatPage = yield Call(self._op("list_client_chats"), query)
        return result

    @iterator_of(cast("type[ClientChat]", object))
    def iter_client_chats(
        self, *, organization_id: str | None = None, limit: int | None = None, **options: Unpack[CallOptions]
    ) -> IterGen:
        """Every chat, fetching pages of ``limit`` lazily (``starting_after`` the last chat seen)."""
        op = self._op("list_client_chats")
        params = chat_page_query(organization_id, limit, None, None)
        yield from walk_pages(lambda query: Call(op, query), params, by_last_id())

    @flow
    def delete_all_client_chats(
        self, organization_id: str, **options: Unpack[CallOptions]
    ) -> FlowGen[DeletedChats]:
        """Delete every chat of the organization (required: it says whose chats to delete); the reply's
        ``deletedCount`` says how many."""
        if not organization_id:
            raise InvalidRequestError("organization_id", "is required (it says whose chats to delete)")
        result: DeletedChats = yield Call(
            self._op("delete_all_client_chats"), {"organization_id": organization_id}
        )
        return result

    @response_flow
    def stream_client_chat_status(self, chat_id: str, **options: Unpack[CallOptions]) -> FlowGen[Any]:
        """Open the chat's status stream; returns once the headers arrive. Iterate ``iter_events()``
        (heartbeat comments are skipped) and ``close()`` whenever you are done."""
        call = Call(
            self._op("stream_client_chat_status"), {"chat_id": chat_id}, stream=True, accept=STATUS_ACCEPT
        )
        return streamed(self, (yield call))

    # -- chat client: messages, votes, documents -------------------------------------------------

    # -- admin guides ----------------------------------------------------------------------------

    @response_flow
    def get_admin_guide(self, filename: str, **options: Unpack[CallOptions]) -> FlowGen[Any]:
        """The guide as an open response: ``.content`` reads it all, ``write_to(path)`` streams it to disk."""
        call = Call(self._op("get_admin_guide"), {"filename": filename}, stream=True, accept=GUIDE_ACCEPT)
        return streamed(self, (yield call))

    # -- legacy v1 chat (served by the chat-client routes) ---------------------------------------
    @flow
    def list_chats(
        self,
        *,
        organization_id: str | None = None,
        user_id: str | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> FlowGen[list[ClientChat]]:
        """Up to ``limit`` chats of the organization (default: the client's), newest first; ``user_id``
        keeps only that user's chats (filtered here, across as many pages as it takes)."""
        size = legacy_list_check(limit)
        org = organization_id or self._client.organization_id
        op = self._op("list_client_chats")
        pages = walk_pages(
            lambda query: Call(op, query),
            chat_page_query(org, size, None, None),
            by_last_id(),
            max_pages=MAX_CHAT_PAGES,
        )
        return (yield from take(pages, lambda chat: owned_by(chat, user_id), size))

    @flow
    def get_chat(
        self, chat_id: str, include_messages: bool = False, **options: Unpack[CallOptions]
    ) -> FlowGen[ClientChat]:
        """A chat; ``include_messages=True`` also fetches its messages into ``chat["messages"]``."""
        chat = yield Call(self._op("get_client_chat"), {"chat_id": chat_id})
        if include_messages:
            chat.messages = (yield Call(self._op("list_client_messages"), {"chat_id": chat_id})).data
        return cast("ClientChat", chat)

    @flow
    def delete_chat(
        self,
        chat_id: str,
        *,
        organization_id: str | None = None,
        user_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> FlowGen[ClientChat]:
        """Delete a chat and return it as deleted. ``organization_id`` and ``user_id`` are accepted, as the
        docs pass them, and not sent: the route takes only the chat id, and nothing says the service checks
        whose chat it is."""
        result: ClientChat = yield Call(self._op("delete_client_chat"), {"chat_id": chat_id})
        return result

    # -- service info ----------------------------------------------------------------------------


AsyncAiAgent = AiAgent
"""The async namespace is the same class, parametrised by the client's mode."""

__all__ = ["AiAgent", "AsyncAiAgent"]
