"""Mock handlers for the ``/v3/ai`` service."""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from .. import _llm
from .._app import Ctx, MockError, Reply, json_reply, stream_reply
from .._crud import serve
from . import handler

SYSTEM_MODELS: list[dict[str, object]] = [
    {
        "name": "Default",
        "is_toolCall_available": True,
        "is_vision_available": False,
        "is_support_thinking": False,
    },
    {
        "name": "gpt-4o",
        "is_toolCall_available": True,
        "is_vision_available": True,
        "is_support_thinking": False,
    },
    {
        "name": "gpt-4o-mini",
        "is_toolCall_available": True,
        "is_vision_available": True,
        "is_support_thinking": False,
    },
]


@handler("get_llm_models")
def get_llm_models(ctx: Ctx) -> Reply:
    return json_reply({"success": True, "message": "ok", "data": SYSTEM_MODELS})


# -- completions and embeddings: deterministic, depending only on the request ---------------------
EMBEDDING_DIMENSION = 16


def _last_user_text(messages: list[dict[str, Any]]) -> str:
    for message in reversed(messages):
        if message["role"] == "user" and message.get("content"):
            return str(message["content"])
    raise MockError(400, "messages must contain a user message with content")


def _completion_id(body: dict[str, Any]) -> str:
    digest = hashlib.sha256(json.dumps(body["messages"], sort_keys=True).encode()).hexdigest()
    return f"chatcmpl-{digest[:16]}"


def _chunk_events(base: dict[str, Any], text: str) -> Iterator[bytes]:
    def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
        choice = {"index": 0, "delta": delta, "finish_reason": finish}
        return _llm.encode_event({**base, "object": "chat.completion.chunk", "choices": [choice]})

    yield chunk({"role": "assistant", "content": ""})
    for piece in _llm.split_deltas(text):
        yield chunk({"content": piece})
    yield chunk({}, "stop")
    yield b"data: [DONE]\n\n"


@handler("complete")
def complete(ctx: Ctx) -> Reply:
    body = ctx.body
    prompt = _last_user_text(body["messages"])
    text = _llm.reply_text(body["model"], prompt, 1, None)
    base = {"id": _completion_id(body), "created": int(ctx.store.clock), "model": body["model"]}
    if body.get("stream"):
        return stream_reply(_chunk_events(base, text), "text/event-stream", {"cache-control": "no-cache"})
    usage = _llm.usage_for(prompt, text)
    return json_reply(
        {
            **base,
            "object": "chat.completion",
            "choices": [
                {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}
            ],
            "usage": {
                "prompt_tokens": usage["inputTokens"],
                "completion_tokens": usage["outputTokens"],
                "total_tokens": usage["totalTokens"],
            },
        }
    )


def embedding_of(text: str) -> list[float]:
    """A unit vector of EMBEDDING_DIMENSION floats that depends only on ``text``."""
    digest = hashlib.sha256(text.encode()).digest()
    raw = [(b - 127.5) / 127.5 for b in digest[:EMBEDDING_DIMENSION]]
    norm = math.sqrt(sum(x * x for x in raw)) or 1.0
    return [round(x / norm, 6) for x in raw]


@handler("embed")
def embed(ctx: Ctx) -> Reply:
    texts: list[str] = ctx.body["input"]
    data = [{"object": "embedding", "index": i, "embedding": embedding_of(t)} for i, t in enumerate(texts)]
    tokens = sum(len(t.split()) for t in texts)
    return json_reply(
        {
            "object": "list",
            "model": ctx.body["model"],
            "data": data,
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
        }
    )


# -- stateful CRUD: providers, guardrails, guardrail providers, RAG files --------------------------
# Plain CRUD is served by the CRUD engine (x-imbrace-crud in openapi/gateway.yaml); what follows is what
# the engine cannot know: secrets redacted on write, uploads, and actions on a stored item.
def _get(ctx: Ctx, table: str, what: str) -> dict[str, Any]:
    item: dict[str, Any] | None = ctx.store.table(table).get(ctx.path["id"])
    if item is None or item.get("organization_id") != ctx.organization_id:
        raise MockError(404, f"{what} {ctx.path['id']} not found")
    return item


def _public(item: dict[str, Any]) -> dict[str, Any]:
    """What the API shows of a stored item: no secrets, no file bytes, no owner."""
    return {k: v for k, v in item.items() if k not in ("api_key", "data", "organization_id")}


# Model lists a provider "returns" when asked: fixed per type, so nothing ever leaves the machine.
PROVIDER_MODELS: dict[str, list[str]] = {
    "openai": ["gpt-4o", "gpt-4o-mini"],
    "azure": ["gpt-4o", "gpt-4o-mini"],
    "anthropic": ["claude-sonnet", "claude-haiku"],
}


def _models_for(kind: str) -> list[str]:
    return PROVIDER_MODELS.get(kind, [f"{kind}-default"])


@handler("refresh_provider_models")
def refresh_provider_models(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        provider = _get(ctx, "providers", "provider")
        provider["models"] = [{"name": m} for m in _models_for(provider["type"])]
        ctx.effect()
        return json_reply(_public(provider))


def _redacted(config: dict[str, Any]) -> dict[str, Any]:
    return {k: ("***" if "key" in k or "secret" in k else v) for k, v in config.items()}


@handler("create_guardrail_provider")
def create_guardrail_provider(ctx: Ctx) -> Reply:
    ctx.body = {**ctx.body, "config": _redacted(ctx.body.get("config", {}))}
    return serve(ctx)


@handler("update_guardrail_provider")
def update_guardrail_provider(ctx: Ctx) -> Reply:
    if "config" in ctx.body:
        ctx.body = {**ctx.body, "config": _redacted(ctx.body["config"])}
    return serve(ctx)


UNSAFE_WORDS = ("kill", "hate", "bomb")


@handler("test_guardrail_provider")
def test_guardrail_provider(ctx: Ctx) -> Reply:
    _get(ctx, "guardrail_providers", "guardrail provider")
    prompt = ctx.body["prompt"].lower()
    flagged = [w for w in UNSAFE_WORDS if w in prompt]
    return json_reply({"success": True, "result": {"flagged": bool(flagged), "matches": flagged}})


@handler("get_guardrail_provider_models")
def get_guardrail_provider_models(ctx: Ctx) -> Reply:
    provider = _get(ctx, "guardrail_providers", "guardrail provider")
    return json_reply({"models": _models_for(provider["type"])})


@handler("upload_rag_file")
def upload_rag_file(ctx: Ctx) -> Reply:
    """The engine stores the file's fields (and its bytes, which no reply shows)."""
    upload, _ = ctx.form()
    ctx.body = {
        "name": upload.filename or "upload.bin",
        "size": len(upload.data),
        "content_type": upload.content_type,
        "status": "ready",
        "data": upload.data,
    }
    return serve(ctx)


# -- tool servers: decided by the URL alone; the mock never connects anywhere ----------------------
MOCK_TOOLS = [
    {"name": "search_knowledge", "description": "Search the knowledge base."},
    {"name": "create_ticket", "description": "Open a support ticket."},
]


@handler("verify_tool_server")
def verify_tool_server(ctx: Ctx) -> Reply:
    url: str = ctx.body["url"]
    if urlsplit(url).path.rstrip("/").endswith("/mcp"):
        return json_reply({"success": True, "tools": MOCK_TOOLS})
    return json_reply({"success": False, "message": f"{url} is not an MCP tool server (no /mcp endpoint)"})
