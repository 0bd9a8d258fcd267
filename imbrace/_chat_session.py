"""Chat sessions: one conversation with one assistant, as a context manager.

    with client.ai_agent.session(assistant_id) as chat:
        for text in chat.stream("How do I reset my password?"):
            print(text, end="")
        reply = chat.send("How long does it take?")      # the whole reply, same session
        print(chat.usage, chat.export_markdown())

The session keeps its id (so the server keeps the history), a local transcript of the turns that
completed, and the token usage reported by each ``finish`` chunk. A turn that fails midway raises (with
``partial_text``) and is not added to the transcript as if it were whole. Built on
``stream_chat_events``; a turn is a sans-IO :class:`~imbrace._streaming.Machine`, so sync and async
sessions share everything but the driver that reads the events.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any, Generic, TypeVar

from ._errors import InvalidRequestError
from ._streaming import Machine, apump, pump

EventStream = Callable[[Mapping[str, Any]], Iterator[Any]]
AsyncEventStream = Callable[[Mapping[str, Any]], AsyncIterator[Any]]
EventsT = TypeVar("EventsT", EventStream, AsyncEventStream)

_USAGE_KEYS = ("inputTokens", "outputTokens", "totalTokens")


class _SessionState(Generic[EventsT]):
    """Transcript, usage and body building, shared by both session kinds."""

    def __init__(
        self,
        events: EventsT,
        assistant_id: str,
        *,
        session_id: str | None = None,
        organization_id: str | None = None,
        user_id: str | None = None,
    ) -> None:
        if not isinstance(assistant_id, str) or not assistant_id.strip():
            raise InvalidRequestError("assistant_id", "must be a non-empty string")
        self._events: EventsT = events
        self.assistant_id = assistant_id
        self.id: str = session_id or str(uuid.uuid4())
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

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        turns = len(self.messages) // 2
        tokens = self.usage["inputTokens"] + self.usage["outputTokens"]
        return (
            f"<{type(self).__name__} {self.id} with assistant {self.assistant_id!r}, {state}: "
            f"{turns} turn{'s' if turns != 1 else ''}, {tokens} tokens>"
        )

    def export_markdown(self) -> str:
        lines = [f"# Chat {self.id}", "", f"Assistant: `{self.assistant_id}`", ""]
        for m in self.messages:
            lines += [f"**{'You' if m['role'] == 'user' else 'Assistant'}:** {m['content']}", ""]
        if any(self.usage.values()):
            lines.append(f"_Tokens: {self.usage['inputTokens']} in, {self.usage['outputTokens']} out._")
        return "\n".join(lines).rstrip() + "\n"


class _Turn(Machine[Any, str]):
    """One message and its reply, fed the reply's events: hands on the text of each delta, and adds the
    turn to the transcript once the events ended (a turn that raised or was left early is not added)."""

    def __init__(self, session: _SessionState[Any], message: str) -> None:
        self.body = session.body(message)
        self._session = session
        self._message = message
        self._parts: list[str] = []

    def feed(self, chunk: Any) -> tuple[str, ...]:
        text = self._session.text_of(chunk)
        if not text:
            return ()
        self._parts.append(text)
        return (text,)

    def end(self) -> tuple[str, ...]:
        self._session.complete(self._message, self._parts)
        return ()


class ChatSession(_SessionState[EventStream]):
    """A sync chat session; see the module docstring."""

    def stream(self, message: str) -> Iterator[str]:
        """Send ``message`` and yield the reply's text as it arrives (``message`` is checked now, not on the
        first iteration)."""
        turn = _Turn(self, message)
        return pump(turn, self._events(turn.body))

    def send(self, message: str) -> str:
        """Send ``message`` and return the whole reply."""
        return "".join(self.stream(message))

    def close(self) -> None:
        self.closed = True

    def __enter__(self) -> ChatSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncChatSession(_SessionState[AsyncEventStream]):
    """An async chat session: ``async with``, ``async for text in chat.stream(...)``, ``await chat.send(...)``."""

    def stream(self, message: str) -> AsyncIterator[str]:
        """Send ``message`` and yield the reply's text as it arrives (``message`` is checked now)."""
        turn = _Turn(self, message)
        return apump(turn, self._events(turn.body))

    async def send(self, message: str) -> str:
        return "".join([text async for text in self.stream(message)])

    async def close(self) -> None:
        self.closed = True

    async def __aenter__(self) -> AsyncChatSession:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
