"""Chat sessions: one conversation with one assistant, as a context manager.

    with client.ai_agent.session(assistant_id) as chat:
        for text in chat.stream("How do I reset my password?"):
            print(text, end="")
        reply = chat.send("How long does it take?")      # the whole reply, same session
        print(chat.usage, chat.export_markdown())

The session keeps its id (so the server keeps the history), a local transcript of the turns that
completed, and the token usage reported by each ``finish`` chunk. A turn that fails midway raises (with
``partial_text``) and is not added to the transcript as if it were whole. Built on
``stream_chat_events``; sync and async sessions share everything but the loop.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any

from ._errors import InvalidRequestError

EventStream = Callable[[Mapping[str, Any]], Iterator[Any]]
AsyncEventStream = Callable[[Mapping[str, Any]], AsyncIterator[Any]]

_USAGE_KEYS = ("inputTokens", "outputTokens", "totalTokens")


class _SessionState:
    """Transcript, usage and body building, shared by both session kinds."""

    def __init__(
        self, assistant_id: str, session_id: str | None, organization_id: str | None, user_id: str | None
    ) -> None:
        if not isinstance(assistant_id, str) or not assistant_id.strip():
            raise InvalidRequestError("assistant_id", "must be a non-empty string")
        self.assistant_id = assistant_id
        self.id = session_id or str(uuid.uuid4())
        self.organization_id = organization_id
        self.user_id = user_id
        self.messages: list[dict[str, str]] = []
        self.usage: dict[str, int] = dict.fromkeys(_USAGE_KEYS, 0)
        self.closed = False

    def body(self, message: str) -> dict[str, Any]:
        if self.closed:
            raise InvalidRequestError("session", "this chat session is closed")
        if not isinstance(message, str) or not message.strip():
            raise InvalidRequestError("message", "must be a non-empty string")
        body: dict[str, Any] = {
            "id": self.id,
            "assistant_id": self.assistant_id,
            "messages": [{"role": "user", "content": message}],
        }
        if self.organization_id:
            body["organization_id"] = self.organization_id
        if self.user_id:
            body["user_id"] = self.user_id
        return body

    def text_of(self, event: Any) -> str | None:
        """The text of a delta event; records usage from a finish event."""
        kind = event.get("type")
        if kind == "text-delta":
            delta = event.get("delta")
            return delta if isinstance(delta, str) else None
        if kind == "finish":
            meta = event.get("messageMetadata")
            usage = meta.get("usage") if meta is not None else None
            if usage is not None:
                for key in _USAGE_KEYS:
                    value = usage.get(key)
                    if isinstance(value, int):
                        self.usage[key] += value
        return None

    def complete(self, message: str, parts: list[str]) -> None:
        self.messages.append({"role": "user", "content": message})
        self.messages.append({"role": "assistant", "content": "".join(parts)})

    def export_markdown(self) -> str:
        lines = [f"# Chat {self.id}", "", f"Assistant: `{self.assistant_id}`", ""]
        for m in self.messages:
            lines += [f"**{'You' if m['role'] == 'user' else 'Assistant'}:** {m['content']}", ""]
        if any(self.usage.values()):
            lines.append(f"_Tokens: {self.usage['inputTokens']} in, {self.usage['outputTokens']} out._")
        return "\n".join(lines).rstrip() + "\n"


class ChatSession(_SessionState):
    """A sync chat session; see the module docstring."""

    def __init__(
        self,
        events: EventStream,
        assistant_id: str,
        *,
        session_id: str | None = None,
        organization_id: str | None = None,
        user_id: str | None = None,
    ) -> None:
        super().__init__(assistant_id, session_id, organization_id, user_id)
        self._events = events

    def stream(self, message: str) -> Iterator[str]:
        """Send ``message`` and yield the reply's text as it arrives."""
        parts: list[str] = []
        for event in self._events(self.body(message)):
            text = self.text_of(event)
            if text:
                parts.append(text)
                yield text
        self.complete(message, parts)

    def send(self, message: str) -> str:
        """Send ``message`` and return the whole reply."""
        return "".join(self.stream(message))

    def close(self) -> None:
        self.closed = True

    def __enter__(self) -> ChatSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncChatSession(_SessionState):
    """An async chat session: ``async with``, ``async for text in chat.stream(...)``, ``await chat.send(...)``."""

    def __init__(
        self,
        events: AsyncEventStream,
        assistant_id: str,
        *,
        session_id: str | None = None,
        organization_id: str | None = None,
        user_id: str | None = None,
    ) -> None:
        super().__init__(assistant_id, session_id, organization_id, user_id)
        self._events = events

    async def stream(self, message: str) -> AsyncIterator[str]:
        parts: list[str] = []
        async for event in self._events(self.body(message)):
            text = self.text_of(event)
            if text:
                parts.append(text)
                yield text
        self.complete(message, parts)

    async def send(self, message: str) -> str:
        return "".join([text async for text in self.stream(message)])

    async def close(self) -> None:
        self.closed = True

    async def __aenter__(self) -> AsyncChatSession:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
