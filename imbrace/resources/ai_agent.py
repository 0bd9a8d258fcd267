"""``client.ai_agent``: the AI-agent service.

Streaming chat (v2 and sub-agents), prompt suggestions, the retired embedding routes (still callable, with a
``DeprecationWarning``), data-board field suggestions, Parquet files, Tempo traces, the chat-client sub-API
(auth, chats, status stream, messages, votes, versioned documents), service info, admin guides and the
legacy v1 chat calls (mapped onto the chat-client routes, every argument honoured).
"""

from __future__ import annotations

import itertools
import uuid
import warnings
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from .._chat_session import AsyncChatSession, ChatSession
from .._errors import APIConnectionError, InvalidRequestError, OversizedEventError
from .._operations import operation
from .._pagination import AsyncPaginator, SyncPaginator, by_last_id
from .._streaming import (
    AsyncStreamedResponse,
    StreamedResponse,
    UIStreamState,
    aiter_sse,
    aiter_text,
    iter_sse,
    iter_text,
    plain_text_chunks,
)
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from imbrace_generated.ai_agent.models import (
        AdminGuideList,
        ChatClientApp,
        ChatClientUser,
        Classification,
        ClientChat,
        ClientChatPage,
        ClientMessage,
        ClientMessageList,
        CredentialsCheck,
        Document,
        DocumentSuggestionList,
        DocumentWithVersions,
        EmbeddingFile,
        EmbeddingFilePage,
        EmbeddingPreview,
        Health,
        ParquetFile,
        ParquetFileList,
        PromptSuggestions,
        ServiceConfig,
        ServiceVersion,
        SubAgentHistory,
        SuggestedFields,
        Trace,
        TraceSearch,
        TraceServices,
        TraceTags,
        TraceTagValues,
        Vote,
        VoteList,
    )

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
    """True when ``user_id`` must be resolved first; the body is then validated before that lookup is
    sent (otherwise the chat request itself validates it, once)."""
    if wire.get("user_id") is not None:
        return False
    wire.pop("user_id", None)
    operation("ai_agent", "stream_chat").validate_body(wire)
    return True


GUIDE_ACCEPT = "application/pdf, application/octet-stream;q=0.9, */*;q=0.5"
CHAT_PAGE_SIZE = 20

# The retired embedding routes and what replaced them in ``client.ai`` (None: nothing did).
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
    warnings.warn(
        f"client.ai_agent.{method} calls a retired /ai-agent/embedding route; {hint}",
        DeprecationWarning,
        stacklevel=3,
    )


def sub_agent_body(body: Mapping[str, Any], organization_id: str | None) -> dict[str, Any]:
    """The wire body of a sub-agent chat: ``organization_id`` filled in from the client (sync and async)."""
    if not isinstance(body, Mapping):
        raise InvalidRequestError("body", f"must be a dict, not {type(body).__name__}")
    wire = {k: v for k, v in body.items() if v is not None}
    if "organization_id" not in wire and organization_id:
        wire["organization_id"] = organization_id
    return wire


def parquet_body(data: Any, file_name: str | None, folder_name: str | None) -> dict[str, Any]:
    if not isinstance(data, list):
        raise InvalidRequestError("data", f"must be a list of row dicts, not {type(data).__name__}")
    body: dict[str, Any] = {"data": data}
    if file_name is not None:
        body["fileName"] = file_name
    if folder_name is not None:
        body["folderName"] = folder_name
    return body


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


def check_owner(chat: Any, organization_id: str | None, user_id: str | None) -> None:
    """``delete_chat``'s guard: the chat must belong to the organization and user the caller named."""
    if organization_id is not None and chat.get("organizationId") not in (None, organization_id):
        raise InvalidRequestError(
            "organization_id", f"chat {chat['id']} belongs to organization {chat.get('organizationId')}"
        )
    if user_id is not None and chat.get("userId") not in (None, user_id):
        raise InvalidRequestError("user_id", f"chat {chat['id']} belongs to user {chat.get('userId')}")


def take_owned(chats: Iterable[Any], user_id: str | None, limit: int) -> list[Any]:
    return list(itertools.islice((c for c in chats if owned_by(c, user_id)), limit))


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
            if not response.is_event_stream:  # a non-streaming agent: its whole reply as events
                for synthetic in plain_text_chunks(response.text):
                    yield parse_chunk(synthetic)
                return
            state = UIStreamState()
            try:
                for event in iter_sse(response.response.iter_bytes()):
                    chunk = state.decode(event.data)
                    if chunk is not None:
                        yield parse_chunk(chunk)
            except (httpx.TransportError, APIConnectionError, OversizedEventError) as exc:
                raise state.interrupted(exc) from None
            state.check_complete()

    def session(
        self,
        assistant_id: str,
        *,
        session_id: str | None = None,
        organization_id: str | None = None,
        user_id: str | None = None,
    ) -> ChatSession:
        """A conversation with one assistant, as a context manager: ``with client.ai_agent.session(id) as chat``.

        It keeps one session id (so the server keeps the history), a transcript of completed turns, the
        token usage, and ``export_markdown()``; see :class:`imbrace.ChatSession`.
        """
        return ChatSession(
            self.stream_chat_events,
            assistant_id,
            session_id=session_id,
            organization_id=organization_id,
            user_id=user_id,
        )

    def get_chat_client_user(self, body: Mapping[str, Any] | None = None) -> ChatClientUser:
        return self._call("get_chat_client_user", body=body if body is not None else {})

    # -- sub-agents and prompt suggestions -------------------------------------------------------
    def stream_sub_agent_chat(self, body: Mapping[str, Any]) -> StreamedResponse:
        """POST ``/v2/sub-agent-chat`` and return the open response (streams like :meth:`stream_chat`)."""
        wire = sub_agent_body(body, self._client.organization_id)
        return StreamedResponse(self._open("stream_sub_agent_chat", body=wire, accept=CHAT_ACCEPT))

    def get_sub_agent_history(self, *, session_id: str, chat_id: str) -> SubAgentHistory:
        return self._call("get_sub_agent_history", query={"session_id": session_id, "chat_id": chat_id})

    def get_agent_prompt_suggestion(self, assistant_id: str) -> PromptSuggestions:
        return self._call("get_agent_prompt_suggestion", query={"assistant_id": assistant_id})

    # -- embeddings (retired routes: each call warns, then is sent) ------------------------------
    def process_embedding(self, file_id: str, options: Mapping[str, Any] | None = None) -> EmbeddingFile:
        warn_retired("process_embedding")
        body = {"file_id": file_id, **({"options": dict(options)} if options is not None else {})}
        return self._call("process_embedding", body=body)

    def list_embedding_files(self, *, page: int | None = None, limit: int | None = None) -> EmbeddingFilePage:
        warn_retired("list_embedding_files")
        return self._call("list_embedding_files", query={"page": page, "limit": limit})

    def get_embedding_file(self, file_id: str) -> EmbeddingFile:
        warn_retired("get_embedding_file")
        return self._call("get_embedding_file", path={"file_id": file_id})

    def preview_embedding_file(self, file_id: str) -> EmbeddingPreview:
        warn_retired("preview_embedding_file")
        return self._call("preview_embedding_file", path={"file_id": file_id})

    def update_embedding_file_status(self, file_id: str, status: str) -> EmbeddingFile:
        warn_retired("update_embedding_file_status")
        return self._call("update_embedding_file_status", path={"file_id": file_id}, body={"status": status})

    def delete_embedding_file(self, file_id: str) -> None:
        warn_retired("delete_embedding_file")
        self._call("delete_embedding_file", path={"file_id": file_id})

    def classify_file(self, file_id: str) -> Classification:
        warn_retired("classify_file")
        return self._call("classify_file", body={"file_id": file_id})

    # -- data board and parquet ------------------------------------------------------------------
    def suggest_field_types(self, *, file_urls: list[str]) -> SuggestedFields:
        return self._call("suggest_field_types", body={"file_urls": file_urls})

    def generate_parquet(
        self, data: list[dict[str, Any]], *, file_name: str | None = None, folder_name: str | None = None
    ) -> ParquetFile:
        return self._call("generate_parquet", body=parquet_body(data, file_name, folder_name))

    def list_parquet_files(self) -> ParquetFileList:
        return self._call("list_parquet_files")

    def delete_parquet_file(self, file_name: str) -> None:
        """Delete by the name ``list_parquet_files`` shows; a ``/`` in it is sent encoded (one segment)."""
        self._call("delete_parquet_file", path={"file_name": file_name})

    # -- tracing ---------------------------------------------------------------------------------
    def get_traces(
        self,
        *,
        service: str | None = None,
        limit: int | None = None,
        time_range: int | None = None,
        org_id: str | None = None,
        details: bool | None = None,
    ) -> TraceSearch:
        query = {
            "service": service,
            "limit": limit,
            "time_range": time_range,
            "org_id": org_id,
            "details": details,
        }
        return self._call("get_traces", query=query)

    def get_trace(self, trace_id: str) -> Trace:
        return self._call("get_trace", path={"trace_id": trace_id})

    def get_trace_services(self) -> TraceServices:
        return self._call("get_trace_services")

    def get_trace_tags(self) -> TraceTags:
        return self._call("get_trace_tags")

    def get_trace_tag_values(self, tag: str) -> TraceTagValues:
        return self._call("get_trace_tag_values", path={"tag": tag})

    def search_traceql(self, q: str) -> TraceSearch:
        return self._call("search_traceql", query={"q": q})

    # -- chat client: auth -----------------------------------------------------------------------
    def verify_chat_client_credentials(self, body: Mapping[str, Any]) -> CredentialsCheck:
        return self._call("verify_chat_client_credentials", body=body)

    def register_chat_client(self, body: Mapping[str, Any]) -> ChatClientApp:
        return self._call("register_chat_client", body=body)

    # -- chat client: chats ----------------------------------------------------------------------
    def create_client_chat(self, body: Mapping[str, Any]) -> ClientChat:
        return self._call("create_client_chat", body=body)

    def list_client_chats(
        self,
        *,
        organization_id: str | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        ending_before: str | None = None,
    ) -> ClientChatPage:
        """One page of chats, newest first (``has_more`` says whether another page follows)."""
        query = chat_page_query(organization_id, limit, starting_after, ending_before)
        return self._call("list_client_chats", query=query)

    def iter_client_chats(
        self, *, organization_id: str | None = None, limit: int | None = None
    ) -> SyncPaginator[ClientChat]:
        """Every chat, fetching pages of ``limit`` lazily (``starting_after`` the last chat seen)."""
        params = chat_page_query(organization_id, limit, None, None)
        return SyncPaginator(lambda p: self.list_client_chats(**p), params, by_last_id())

    def get_client_chat(self, chat_id: str) -> ClientChat:
        return self._call("get_client_chat", path={"chat_id": chat_id})

    def update_client_chat(self, chat_id: str, body: Mapping[str, Any]) -> ClientChat:
        return self._call("update_client_chat", path={"chat_id": chat_id}, body=body)

    def delete_client_chat(self, chat_id: str) -> None:
        self._call("delete_client_chat", path={"chat_id": chat_id})

    def delete_all_client_chats(self, organization_id: str) -> None:
        if not organization_id:
            raise InvalidRequestError("organization_id", "is required (it says whose chats to delete)")
        self._call("delete_all_client_chats", query={"organization_id": organization_id})

    def generate_client_chat_title(self, chat_id: str) -> ClientChat:
        return self._call("generate_client_chat_title", path={"chat_id": chat_id})

    def stream_client_chat_status(self, chat_id: str) -> StreamedResponse:
        """Open the chat's status stream; returns once the headers arrive. Iterate ``iter_events()``
        (heartbeat comments are skipped) and ``close()`` whenever you are done."""
        path = {"chat_id": chat_id}
        return StreamedResponse(
            self._open("stream_client_chat_status", path=path, accept="text/event-stream")
        )

    # -- chat client: messages, votes ------------------------------------------------------------
    def persist_client_message(self, body: Mapping[str, Any]) -> ClientMessage:
        return self._call("persist_client_message", body=body)

    def list_client_messages(self, chat_id: str) -> ClientMessageList:
        return self._call("list_client_messages", path={"chat_id": chat_id})

    def delete_trailing_messages(self, message_id: str) -> None:
        """Delete the message and every later message of its chat."""
        self._call("delete_trailing_messages", path={"message_id": message_id})

    def get_votes(self, chat_id: str) -> VoteList:
        return self._call("get_votes", path={"chat_id": chat_id})

    def update_vote(self, body: Mapping[str, Any]) -> Vote:
        return self._call("update_vote", body=body)

    # -- chat client: documents ------------------------------------------------------------------
    def create_document(self, body: Mapping[str, Any]) -> Document:
        """Create a document; with the ``id`` of an existing one, add a version to it."""
        return self._call("create_document", body=body)

    def get_document(self, doc_id: str) -> DocumentWithVersions:
        return self._call("get_document", path={"doc_id": doc_id})

    def get_document_latest(self, doc_id: str) -> Document:
        return self._call("get_document_latest", path={"doc_id": doc_id})

    def get_document_public(self, doc_id: str) -> Document:
        return self._call("get_document_public", path={"doc_id": doc_id})

    def get_document_latest_by_kind(self, *, kind: str) -> Document:
        return self._call("get_document_latest_by_kind", query={"kind": kind})

    def get_document_suggestions(self, doc_id: str) -> DocumentSuggestionList:
        return self._call("get_document_suggestions", path={"doc_id": doc_id})

    def delete_document(self, doc_id: str) -> None:
        self._call("delete_document", path={"doc_id": doc_id})

    # -- admin guides ----------------------------------------------------------------------------
    def list_admin_guides(self) -> AdminGuideList:
        return self._call("list_admin_guides")

    def get_admin_guide(self, filename: str) -> StreamedResponse:
        """The guide as an open response: ``.content`` reads it all, ``write_to(path)`` streams it to disk."""
        path = {"filename": filename}
        return StreamedResponse(self._open("get_admin_guide", path=path, accept=GUIDE_ACCEPT))

    # -- legacy v1 chat (served by the chat-client routes) ---------------------------------------
    def list_chats(
        self, *, organization_id: str | None = None, user_id: str | None = None, limit: int | None = None
    ) -> list[ClientChat]:
        """Up to ``limit`` chats of the organization (default: the client's), newest first; ``user_id``
        keeps only that user's chats (filtered here, across as many pages as it takes)."""
        size = legacy_list_check(limit)
        org = organization_id or self._client.organization_id
        return take_owned(self.iter_client_chats(organization_id=org, limit=size), user_id, size)

    def get_chat(self, chat_id: str, include_messages: bool = False) -> ClientChat:
        """A chat; ``include_messages=True`` also fetches its messages into ``chat["messages"]``."""
        chat = self.get_client_chat(chat_id)
        if include_messages:
            chat.messages = self.list_client_messages(chat_id).data
        return chat

    def delete_chat(
        self, chat_id: str, *, organization_id: str | None = None, user_id: str | None = None
    ) -> None:
        """Delete a chat. With ``organization_id``/``user_id``, first check the chat is theirs
        (:class:`~imbrace.InvalidRequestError` naming the argument if not; nothing is deleted)."""
        if organization_id is not None or user_id is not None:
            check_owner(self.get_client_chat(chat_id), organization_id, user_id)
        self.delete_client_chat(chat_id)

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
            if not response.is_event_stream:
                await response.aread()
                for synthetic in plain_text_chunks(response.text):
                    yield parse_chunk(synthetic)
                return
            state = UIStreamState()
            try:
                async for event in aiter_sse(response.response.aiter_bytes()):
                    chunk = state.decode(event.data)
                    if chunk is not None:
                        yield parse_chunk(chunk)
            except (httpx.TransportError, APIConnectionError, OversizedEventError) as exc:
                raise state.interrupted(exc) from None
            state.check_complete()

    def session(
        self,
        assistant_id: str,
        *,
        session_id: str | None = None,
        organization_id: str | None = None,
        user_id: str | None = None,
    ) -> AsyncChatSession:
        """``async with client.ai_agent.session(id) as chat``: see :meth:`AiAgent.session`."""
        return AsyncChatSession(
            self.stream_chat_events,
            assistant_id,
            session_id=session_id,
            organization_id=organization_id,
            user_id=user_id,
        )

    async def get_chat_client_user(self, body: Mapping[str, Any] | None = None) -> ChatClientUser:
        return await self._call("get_chat_client_user", body=body if body is not None else {})

    # -- sub-agents and prompt suggestions -------------------------------------------------------
    async def stream_sub_agent_chat(self, body: Mapping[str, Any]) -> AsyncStreamedResponse:
        """POST ``/v2/sub-agent-chat`` and return the open response (streams like :meth:`stream_chat`)."""
        wire = sub_agent_body(body, self._client.organization_id)
        return AsyncStreamedResponse(await self._open("stream_sub_agent_chat", body=wire, accept=CHAT_ACCEPT))

    async def get_sub_agent_history(self, *, session_id: str, chat_id: str) -> SubAgentHistory:
        return await self._call("get_sub_agent_history", query={"session_id": session_id, "chat_id": chat_id})

    async def get_agent_prompt_suggestion(self, assistant_id: str) -> PromptSuggestions:
        return await self._call("get_agent_prompt_suggestion", query={"assistant_id": assistant_id})

    # -- embeddings (retired routes: each call warns, then is sent) ------------------------------
    async def process_embedding(
        self, file_id: str, options: Mapping[str, Any] | None = None
    ) -> EmbeddingFile:
        warn_retired("process_embedding")
        body = {"file_id": file_id, **({"options": dict(options)} if options is not None else {})}
        return await self._call("process_embedding", body=body)

    async def list_embedding_files(
        self, *, page: int | None = None, limit: int | None = None
    ) -> EmbeddingFilePage:
        warn_retired("list_embedding_files")
        return await self._call("list_embedding_files", query={"page": page, "limit": limit})

    async def get_embedding_file(self, file_id: str) -> EmbeddingFile:
        warn_retired("get_embedding_file")
        return await self._call("get_embedding_file", path={"file_id": file_id})

    async def preview_embedding_file(self, file_id: str) -> EmbeddingPreview:
        warn_retired("preview_embedding_file")
        return await self._call("preview_embedding_file", path={"file_id": file_id})

    async def update_embedding_file_status(self, file_id: str, status: str) -> EmbeddingFile:
        warn_retired("update_embedding_file_status")
        return await self._call(
            "update_embedding_file_status", path={"file_id": file_id}, body={"status": status}
        )

    async def delete_embedding_file(self, file_id: str) -> None:
        warn_retired("delete_embedding_file")
        await self._call("delete_embedding_file", path={"file_id": file_id})

    async def classify_file(self, file_id: str) -> Classification:
        warn_retired("classify_file")
        return await self._call("classify_file", body={"file_id": file_id})

    # -- data board and parquet ------------------------------------------------------------------
    async def suggest_field_types(self, *, file_urls: list[str]) -> SuggestedFields:
        return await self._call("suggest_field_types", body={"file_urls": file_urls})

    async def generate_parquet(
        self, data: list[dict[str, Any]], *, file_name: str | None = None, folder_name: str | None = None
    ) -> ParquetFile:
        return await self._call("generate_parquet", body=parquet_body(data, file_name, folder_name))

    async def list_parquet_files(self) -> ParquetFileList:
        return await self._call("list_parquet_files")

    async def delete_parquet_file(self, file_name: str) -> None:
        """Delete by the name ``list_parquet_files`` shows; a ``/`` in it is sent encoded (one segment)."""
        await self._call("delete_parquet_file", path={"file_name": file_name})

    # -- tracing ---------------------------------------------------------------------------------
    async def get_traces(
        self,
        *,
        service: str | None = None,
        limit: int | None = None,
        time_range: int | None = None,
        org_id: str | None = None,
        details: bool | None = None,
    ) -> TraceSearch:
        query = {
            "service": service,
            "limit": limit,
            "time_range": time_range,
            "org_id": org_id,
            "details": details,
        }
        return await self._call("get_traces", query=query)

    async def get_trace(self, trace_id: str) -> Trace:
        return await self._call("get_trace", path={"trace_id": trace_id})

    async def get_trace_services(self) -> TraceServices:
        return await self._call("get_trace_services")

    async def get_trace_tags(self) -> TraceTags:
        return await self._call("get_trace_tags")

    async def get_trace_tag_values(self, tag: str) -> TraceTagValues:
        return await self._call("get_trace_tag_values", path={"tag": tag})

    async def search_traceql(self, q: str) -> TraceSearch:
        return await self._call("search_traceql", query={"q": q})

    # -- chat client: auth -----------------------------------------------------------------------
    async def verify_chat_client_credentials(self, body: Mapping[str, Any]) -> CredentialsCheck:
        return await self._call("verify_chat_client_credentials", body=body)

    async def register_chat_client(self, body: Mapping[str, Any]) -> ChatClientApp:
        return await self._call("register_chat_client", body=body)

    # -- chat client: chats ----------------------------------------------------------------------
    async def create_client_chat(self, body: Mapping[str, Any]) -> ClientChat:
        return await self._call("create_client_chat", body=body)

    async def list_client_chats(
        self,
        *,
        organization_id: str | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        ending_before: str | None = None,
    ) -> ClientChatPage:
        """One page of chats, newest first (``has_more`` says whether another page follows)."""
        query = chat_page_query(organization_id, limit, starting_after, ending_before)
        return await self._call("list_client_chats", query=query)

    def iter_client_chats(
        self, *, organization_id: str | None = None, limit: int | None = None
    ) -> AsyncPaginator[ClientChat]:
        """Every chat, fetching pages of ``limit`` lazily (``starting_after`` the last chat seen)."""
        params = chat_page_query(organization_id, limit, None, None)
        return AsyncPaginator(lambda p: self.list_client_chats(**p), params, by_last_id())

    async def get_client_chat(self, chat_id: str) -> ClientChat:
        return await self._call("get_client_chat", path={"chat_id": chat_id})

    async def update_client_chat(self, chat_id: str, body: Mapping[str, Any]) -> ClientChat:
        return await self._call("update_client_chat", path={"chat_id": chat_id}, body=body)

    async def delete_client_chat(self, chat_id: str) -> None:
        await self._call("delete_client_chat", path={"chat_id": chat_id})

    async def delete_all_client_chats(self, organization_id: str) -> None:
        if not organization_id:
            raise InvalidRequestError("organization_id", "is required (it says whose chats to delete)")
        await self._call("delete_all_client_chats", query={"organization_id": organization_id})

    async def generate_client_chat_title(self, chat_id: str) -> ClientChat:
        return await self._call("generate_client_chat_title", path={"chat_id": chat_id})

    async def stream_client_chat_status(self, chat_id: str) -> AsyncStreamedResponse:
        """Open the chat's status stream; returns once the headers arrive. Iterate ``iter_events()``
        (heartbeat comments are skipped) and ``close()`` whenever you are done."""
        path = {"chat_id": chat_id}
        return AsyncStreamedResponse(
            await self._open("stream_client_chat_status", path=path, accept="text/event-stream")
        )

    # -- chat client: messages, votes ------------------------------------------------------------
    async def persist_client_message(self, body: Mapping[str, Any]) -> ClientMessage:
        return await self._call("persist_client_message", body=body)

    async def list_client_messages(self, chat_id: str) -> ClientMessageList:
        return await self._call("list_client_messages", path={"chat_id": chat_id})

    async def delete_trailing_messages(self, message_id: str) -> None:
        """Delete the message and every later message of its chat."""
        await self._call("delete_trailing_messages", path={"message_id": message_id})

    async def get_votes(self, chat_id: str) -> VoteList:
        return await self._call("get_votes", path={"chat_id": chat_id})

    async def update_vote(self, body: Mapping[str, Any]) -> Vote:
        return await self._call("update_vote", body=body)

    # -- chat client: documents ------------------------------------------------------------------
    async def create_document(self, body: Mapping[str, Any]) -> Document:
        """Create a document; with the ``id`` of an existing one, add a version to it."""
        return await self._call("create_document", body=body)

    async def get_document(self, doc_id: str) -> DocumentWithVersions:
        return await self._call("get_document", path={"doc_id": doc_id})

    async def get_document_latest(self, doc_id: str) -> Document:
        return await self._call("get_document_latest", path={"doc_id": doc_id})

    async def get_document_public(self, doc_id: str) -> Document:
        return await self._call("get_document_public", path={"doc_id": doc_id})

    async def get_document_latest_by_kind(self, *, kind: str) -> Document:
        return await self._call("get_document_latest_by_kind", query={"kind": kind})

    async def get_document_suggestions(self, doc_id: str) -> DocumentSuggestionList:
        return await self._call("get_document_suggestions", path={"doc_id": doc_id})

    async def delete_document(self, doc_id: str) -> None:
        await self._call("delete_document", path={"doc_id": doc_id})

    # -- admin guides ----------------------------------------------------------------------------
    async def list_admin_guides(self) -> AdminGuideList:
        return await self._call("list_admin_guides")

    async def get_admin_guide(self, filename: str) -> AsyncStreamedResponse:
        """The guide as an open response: ``.content`` reads it all, ``write_to(path)`` streams it to disk."""
        path = {"filename": filename}
        return AsyncStreamedResponse(await self._open("get_admin_guide", path=path, accept=GUIDE_ACCEPT))

    # -- legacy v1 chat (served by the chat-client routes) ---------------------------------------
    async def list_chats(
        self, *, organization_id: str | None = None, user_id: str | None = None, limit: int | None = None
    ) -> list[ClientChat]:
        size = legacy_list_check(limit)
        org = organization_id or self._client.organization_id
        chats: list[ClientChat] = []
        async for chat in self.iter_client_chats(organization_id=org, limit=size):
            if owned_by(chat, user_id):
                chats.append(chat)
                if len(chats) == size:
                    break
        return chats

    async def get_chat(self, chat_id: str, include_messages: bool = False) -> ClientChat:
        chat = await self.get_client_chat(chat_id)
        if include_messages:
            chat.messages = (await self.list_client_messages(chat_id)).data
        return chat

    async def delete_chat(
        self, chat_id: str, *, organization_id: str | None = None, user_id: str | None = None
    ) -> None:
        if organization_id is not None or user_id is not None:
            check_owner(await self.get_client_chat(chat_id), organization_id, user_id)
        await self.delete_client_chat(chat_id)

    async def get_health(self, detailed: bool = False) -> Health:
        return await self._call("get_health", query={"detailed": detailed})

    async def get_config(self) -> ServiceConfig:
        return await self._call("get_config")

    async def get_version(self) -> ServiceVersion:
        return await self._call("get_version")
