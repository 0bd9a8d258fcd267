"""The mock's "model": deterministic replies, and how they are framed on the wire.

A reply depends only on the assistant, the user's message and the turn number within the session, so
tests can assert on it and the second turn visibly remembers the first.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterator
from typing import Any

UI_STREAM_HEADERS = {
    "content-type": "text/event-stream",
    "cache-control": "no-cache",
    "x-vercel-ai-ui-message-stream": "v1",
    "x-accel-buffering": "no",
}

_ANSWERS = (
    "Here is a short, practical answer.",
    "Let me walk you through it step by step.",
    "Good question: the quick version is below.",
    "Happy to help with that.",
)


def reply_text(assistant_name: str, message: str, turn: int, previous: str | None) -> str:
    message = " ".join(message.split())
    opener = _ANSWERS[zlib.crc32(message.encode()) % len(_ANSWERS)]
    if turn <= 1 or previous is None:
        return f"{opener} You asked: \u201c{message}\u201d. I am {assistant_name}, and this is turn 1 of our chat."
    return (
        f"{opener} Following up on \u201c{previous}\u201d, you now ask: \u201c{message}\u201d. "
        f"I remember our conversation; this is turn {turn}."
    )


def split_deltas(text: str) -> list[str]:
    return re.findall(r"\S+\s*", text) or [text]


def usage_for(prompt: str, text: str) -> dict[str, int]:
    inp, out = len(prompt.split()), len(text.split())
    return {"inputTokens": inp, "outputTokens": out, "totalTokens": inp + out}


def encode_event(chunk: Any) -> bytes:
    return b"data: " + json.dumps(chunk, separators=(",", ":"), ensure_ascii=False).encode() + b"\n\n"


def ui_chunks(
    message_id: str, deltas: list[str], usage: dict[str, int], before_text: list[dict[str, Any]] | None = None
) -> Iterator[dict[str, Any]]:
    """One assistant message as UI message stream chunks (without the final ``[DONE]``)."""
    yield {"type": "start", "messageId": message_id}
    yield {"type": "start-step"}
    yield from before_text or ()
    yield {"type": "text-start", "id": "t1"}
    for delta in deltas:
        yield {"type": "text-delta", "id": "t1", "delta": delta}
    yield {"type": "text-end", "id": "t1"}
    yield {"type": "finish-step"}
    yield {"type": "finish", "finishReason": "stop", "messageMetadata": {"usage": usage}}
