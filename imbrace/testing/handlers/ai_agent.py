"""Mock handlers for the AI-agent service: streaming chat, chat-client user, service info."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from .. import _llm
from .._app import Ctx, MockError, Reply, json_reply, stream_reply, text_reply
from .._constants import (
    DEMO_ASSISTANT_ID,
    DEMO_ORGANIZATION_ID,
    DEMO_PLAIN_ASSISTANT_ID,
    DEMO_USER_ID,
)
from .._store import Store
from . import CHAT_HOOKS, handler, seed


@seed
def _seed(store: Store) -> None:
    store.table("users")[DEMO_USER_ID] = {
        "id": DEMO_USER_ID,
        "name": "Demo User",
        "email": "demo@example.com",
        "organization_id": DEMO_ORGANIZATION_ID,
    }
    assistants = store.table("assistants")
    for assistant_id, name, streaming in (
        (DEMO_ASSISTANT_ID, "Demo Assistant", True),
        (DEMO_PLAIN_ASSISTANT_ID, "Demo Plain Assistant", False),
    ):
        assistants[assistant_id] = {
            "id": assistant_id,
            "_id": assistant_id,
            "name": name,
            "workflow_name": name.lower().replace(" ", "_"),
            "organization_id": DEMO_ORGANIZATION_ID,
            "provider_id": "system",
            "model_id": "Default",
            "streaming": streaming,
            "instructions": "You are a helpful assistant.",
            "description": f"Seeded {'streaming' if streaming else 'non-streaming'} assistant",
        }


def find_assistant(ctx: Ctx, assistant_id: str) -> dict[str, Any]:
    assistant: dict[str, Any] | None = ctx.store.table("assistants").get(assistant_id)
    if assistant is None:
        raise MockError(404, f"assistant {assistant_id} not found")
    return assistant


def _paced(chunks: Iterator[dict[str, Any]], delay: float) -> Iterator[bytes]:
    for chunk in chunks:
        if delay and chunk.get("type") == "text-delta":
            time.sleep(delay)
        yield _llm.encode_event(chunk)
    yield b"data: [DONE]\n\n"


@handler("stream_chat")
def stream_chat(ctx: Ctx) -> Reply:
    body = ctx.body
    assistant = find_assistant(ctx, body["assistant_id"])
    user_messages = [m for m in body["messages"] if m["role"] == "user"]
    if not user_messages:
        raise MockError(400, "messages must contain a user message")
    message = user_messages[-1]["content"]
    with ctx.store.lock:
        session = ctx.store.table("sessions").setdefault(
            body["id"], {"id": body["id"], "assistant_id": assistant["id"], "messages": []}
        )
        history = session["messages"]
        previous = next((m["content"] for m in reversed(history) if m["role"] == "user"), None)
        turn = sum(1 for m in history if m["role"] == "user") + 1
        extras = [e for e in (hook(ctx, assistant, message) for hook in CHAT_HOOKS) if e is not None]
        text = "".join(e.text for e in extras) + _llm.reply_text(assistant["name"], message, turn, previous)
        history.append({"role": "user", "content": message})
        history.append({"role": "assistant", "content": text})
        ctx.effect()
    if not assistant.get("streaming"):
        return text_reply(text)
    message_id = f"msg_{body['id'][:8]}_{turn}"
    before_text = [chunk for e in extras for chunk in e.chunks]
    chunks = _llm.ui_chunks(message_id, _llm.split_deltas(text), _llm.usage_for(message, text), before_text)
    return stream_reply(
        _paced(chunks, ctx.server.delta_delay), "text/event-stream", dict(_llm.UI_STREAM_HEADERS)
    )


@handler("get_chat_client_user")
def get_chat_client_user(ctx: Ctx) -> Reply:
    return json_reply(ctx.store.table("users")[DEMO_USER_ID])


@handler("get_health")
def get_health(ctx: Ctx) -> Reply:
    body: dict[str, Any] = {"status": "ok"}
    if ctx.query.get("detailed"):
        body["checks"] = {"database": "ok", "llm": "ok", "tempo": "ok"}
    return json_reply(body)


@handler("get_config")
def get_config(ctx: Ctx) -> Reply:
    return json_reply({"streaming": True, "default_model": "Default", "max_messages": 100})


@handler("get_version")
def get_version(ctx: Ctx) -> Reply:
    return json_reply({"version": "2.0.0-mock", "service": "ai-agent"})
