"""Mock handlers for the AI-agent service: streaming chat and sub-agents, prompt suggestions, the retired
embedding routes, data-board field suggestions, Parquet files, admin guides, chat-client user, service info.

A ``/v2/chat`` turn is also written to the chat-client store (the session id is the chat id) and traced."""

from __future__ import annotations

import json
import posixpath
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlparse

from .. import _llm
from .._app import Ctx, MockError, Reply, bytes_reply, json_reply, stream_reply, text_reply
from .._constants import (
    DEMO_ASSISTANT_ID,
    DEMO_ORGANIZATION_ID,
    DEMO_PLAIN_ASSISTANT_ID,
    DEMO_USER_ID,
)
from .._store import Store
from . import CHAT_HOOKS, handler, seed
from .chat_client import add_message, ensure_chat, message_text
from .tracing import record_trace


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


def _reply(ctx: Ctx, assistant: dict[str, Any], history: list[dict[str, Any]], key: str) -> Reply:
    """Answer the last user message of the request and append the turn to ``history``. The assistant
    message keeps the stream's ``messageId``, so a client can vote on it by that id."""
    user_messages = [m for m in ctx.body["messages"] if m["role"] == "user"]
    if not user_messages:
        raise MockError(400, "messages must contain a user message")
    message = message_text(user_messages[-1])  # {role, content} or the UIMessage {id, role, parts}
    if not message:
        raise MockError(400, "the last user message has no text (give it content or a text part)")
    with ctx.store.lock:
        previous = next((m["content"] for m in reversed(history) if m["role"] == "user"), None)
        turn = sum(1 for m in history if m["role"] == "user") + 1
        extras = [e for e in (hook(ctx, assistant, message) for hook in CHAT_HOOKS) if e is not None]
        text = "".join(e.text for e in extras) + _llm.reply_text(assistant["name"], message, turn, previous)
        history.append({"role": "user", "content": message, "createdAt": ctx.store.tick()})
        message_id = f"msg_{key}_{turn}"
        history.append(
            {"id": message_id, "role": "assistant", "content": text, "createdAt": ctx.store.tick()}
        )
        ctx.effect()
    if not assistant.get("streaming"):
        return text_reply(text)
    before_text = [chunk for e in extras for chunk in e.chunks]
    chunks = _llm.ui_chunks(message_id, _llm.split_deltas(text), _llm.usage_for(message, text), before_text)
    reply = stream_reply(
        _paced(chunks, ctx.server.delta_delay), "text/event-stream", dict(_llm.UI_STREAM_HEADERS)
    )
    return reply


@handler("stream_chat")
def stream_chat(ctx: Ctx) -> Reply:
    body = ctx.body
    assistant = find_assistant(ctx, body["assistant_id"])
    organization_id = body.get("organization_id") or ctx.organization_id
    with ctx.store.lock:
        # The session is a chat of the chat-client API: its messages are the history, and the turn shows up
        # in list_client_messages (a chat deleted there starts a fresh session here).
        ensure_chat(
            ctx.store,
            body["id"],
            assistantId=assistant["id"],
            organizationId=organization_id,
            userId=body.get("user_id"),
        )
        history = [dict(m) for m in ctx.store.table("client_messages")[body["id"]]]
        before = len(history)
        reply = _reply(ctx, assistant, history, body["id"])
        for turn in history[before:]:
            add_message(ctx.store, body["id"], turn["role"], turn["content"], id=turn.get("id"))
        record_trace(
            ctx.store,
            "POST /v2/chat",
            organization_id,
            {
                "http.method": "POST",
                "http.route": "/v2/chat",
                "http.status_code": 200,
                "http.status": 200,
                "chat.id": body["id"],
                "assistant.id": assistant["id"],
            },
        )
    return reply


@handler("stream_sub_agent_chat")
def stream_sub_agent_chat(ctx: Ctx) -> Reply:
    body = ctx.body
    assistant = find_assistant(ctx, body["assistant_id"])
    key = f"{body.get('session_id', '')}/{body.get('chat_id', '')}"
    with ctx.store.lock:
        history = ctx.store.table("sub_agent_history").setdefault(
            key,
            {
                "session_id": body.get("session_id", ""),
                "chat_id": body.get("chat_id", ""),
                "assistant_id": assistant["id"],
                "messages": [],
            },
        )
        reply = _reply(ctx, assistant, history["messages"], body.get("chat_id") or assistant["id"])
    return reply


@handler("get_sub_agent_history")
def get_sub_agent_history(ctx: Ctx) -> Reply:
    key = f"{ctx.query['session_id']}/{ctx.query['chat_id']}"
    history = ctx.store.table("sub_agent_history").get(key)
    if history is None:  # a session that never talked to a sub-agent has an empty history
        history = {"session_id": ctx.query["session_id"], "chat_id": ctx.query["chat_id"], "messages": []}
    return json_reply(history)


@handler("get_agent_prompt_suggestion")
def get_agent_prompt_suggestion(ctx: Ctx) -> Reply:
    assistant = find_assistant(ctx, ctx.query["assistant_id"])
    name = assistant["name"]
    suggestions = [
        f"What can {name} do?",
        f"Summarise my last conversation with {name}.",
        "Help me get started.",
    ]
    return json_reply({"assistant_id": assistant["id"], "suggestions": suggestions})


# -- retired embedding routes ------------------------------------------------------------------------
def _embedding(ctx: Ctx, file_id: str) -> dict[str, Any]:
    record: dict[str, Any] | None = ctx.store.table("embeddings").get(file_id)
    if record is None:
        raise MockError(404, f"embedding file {file_id} not found")
    return record


@handler("process_embedding")
def process_embedding(ctx: Ctx) -> Reply:
    file_id = ctx.body["file_id"]
    with ctx.store.lock:
        now = ctx.store.tick()
        record = ctx.store.table("embeddings").setdefault(
            file_id, {"file_id": file_id, "_id": file_id, "created_at": now}
        )
        record.update(
            status="active",
            chunks=3 + len(file_id) % 5,
            options=ctx.body.get("options") or {},
            updated_at=now,
        )
        ctx.effect()
        return json_reply(record)


@handler("preview_embedding_file")
def preview_embedding_file(ctx: Ctx) -> Reply:
    record = _embedding(ctx, ctx.path["file_id"])
    chunks = [
        {"index": i, "text": f"Chunk {i + 1} of {record['file_id']}."}
        for i in range(min(3, record["chunks"]))
    ]
    return json_reply({"file_id": record["file_id"], "chunks": chunks})


CATEGORIES = ("invoice", "contract", "manual", "report", "faq")


@handler("classify_file")
def classify_file(ctx: Ctx) -> Reply:
    """Classifies the uploaded file itself, so it works after its embedding record was deleted."""
    file_id = ctx.body["file_id"]
    category = CATEGORIES[sum(map(ord, file_id)) % len(CATEGORIES)]
    return json_reply(
        {"file_id": file_id, "category": category, "confidence": 0.87, "labels": [category, "document"]}
    )


# -- data board ---------------------------------------------------------------------------------------
FIELDS_BY_EXTENSION: dict[str, list[tuple[str, str]]] = {
    ".pdf": [
        ("invoice_number", "text"),
        ("invoice_date", "datetime"),
        ("total_amount", "number"),
        ("paid", "boolean"),
    ],
    ".png": [("merchant", "text"), ("purchase_date", "datetime"), ("total", "number")],
    ".csv": [("name", "text"), ("created_at", "datetime"), ("amount", "number"), ("active", "boolean")],
}
FIELDS_BY_EXTENSION[".jpg"] = FIELDS_BY_EXTENSION[".jpeg"] = FIELDS_BY_EXTENSION[".png"]


@handler("suggest_field_types")
def suggest_field_types(ctx: Ctx) -> Reply:
    """Deterministic, from each URL's extension alone: the mock never fetches the files."""
    fields: dict[str, dict[str, Any]] = {}
    for url in ctx.body["file_urls"]:
        extension = posixpath.splitext(urlparse(url).path)[1].lower()
        for name, kind in FIELDS_BY_EXTENSION.get(extension, [("content", "text")]):
            fields.setdefault(name, {"name": name, "suggestedType": kind, "sources": []})["sources"].append(
                url
            )
    return json_reply({"fields": list(fields.values())})


# -- parquet ----------------------------------------------------------------------------------------
@handler("generate_parquet")
def generate_parquet(ctx: Ctx) -> Reply:
    body = ctx.body
    rows = body["data"]
    base = body.get("fileName") or ctx.store.new_id("data_")
    name = base if base.endswith(".parquet") else f"{base}.parquet"
    if body.get("folderName"):
        name = f"{body['folderName'].strip('/')}/{name}"
    columns = sorted({k for row in rows for k in row})
    with ctx.store.lock:
        record = {
            "name": name,
            "rows": len(rows),
            "columns": columns,
            "size": len(json.dumps(rows)) + 512,
            "url": f"https://storage.mock.imbrace.invalid/parquet/{name}",
            "created_at": ctx.store.tick(),
        }
        ctx.store.table("parquet")[name] = record
        ctx.effect()
    return json_reply(record, 201)


# -- admin guides ---------------------------------------------------------------------------------
def minimal_pdf(title: str) -> bytes:
    """A small, valid one-page PDF (correct xref offsets) that shows ``title``."""
    text = title.replace("\\", "").replace("(", "").replace(")", "")
    stream = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


GUIDES = {"onboarding.pdf": "Onboarding guide", "administration.pdf": "Administration guide"}


@handler("list_admin_guides")
def list_admin_guides(ctx: Ctx) -> Reply:
    guides = [
        {"filename": name, "title": title, "size": len(minimal_pdf(title)), "content_type": "application/pdf"}
        for name, title in sorted(GUIDES.items())
    ]
    return json_reply({"data": guides})


@handler("get_admin_guide")
def get_admin_guide(ctx: Ctx) -> Reply:
    title = GUIDES.get(ctx.path["filename"])
    if title is None:
        raise MockError(404, f"guide {ctx.path['filename']} not found")
    headers = {"content-disposition": f'attachment; filename="{ctx.path["filename"]}"'}
    return bytes_reply(minimal_pdf(title), "application/pdf", headers)


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
