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


# A request with `tools` is answered with one call to a tool (the first, or the one `tool_choice` names)
# until a `tool` message follows the last user message; then with text. So a tool loop runs offline.
def _tool_results(messages: list[dict[str, Any]]) -> list[str]:
    """The contents of the tool messages after the last user message."""
    results: list[str] = []
    for message in messages:
        if message["role"] == "user":
            results = []
        elif message["role"] == "tool":
            results.append(str(message.get("content") or ""))
    return results


def _tool_to_call(body: dict[str, Any]) -> dict[str, Any] | None:
    """The function definition the mock calls now, or None for a text answer."""
    tools: list[dict[str, Any]] = body.get("tools") or []
    choice = body.get("tool_choice", "auto")
    if not tools or choice == "none" or _tool_results(body["messages"]):
        return None
    functions: list[dict[str, Any]] = [t["function"] for t in tools]
    if isinstance(choice, dict):
        functions = [f for f in functions if f["name"] == choice["function"]["name"]]
        if not functions:
            raise MockError(400, f"tool_choice names {choice['function']['name']!r}, which is not in tools")
    return functions[0]


def _sample(schema: dict[str, Any], prompt: str) -> Any:
    """A value of the JSON Schema ``schema``: its first enum value, or a fixed one of its type."""
    if schema.get("enum"):
        return schema["enum"][0]
    samples = {"integer": 1, "number": 1.0, "boolean": True, "array": [], "object": {}}
    return samples.get(schema.get("type", "string"), prompt)


def _arguments(function: dict[str, Any], prompt: str) -> str:
    """JSON arguments for ``function``: every required parameter (or every one, if none is required)."""
    parameters = function.get("parameters") or {}
    properties: dict[str, Any] = parameters.get("properties") or {}
    names = parameters.get("required") or list(properties)
    return json.dumps({name: _sample(properties.get(name, {}), prompt) for name in names})


def _tool_call(base: dict[str, Any], function: dict[str, Any], prompt: str) -> dict[str, Any]:
    call_id = "call_" + base["id"].removeprefix("chatcmpl-")
    arguments = _arguments(function, prompt)
    return {"id": call_id, "type": "function", "function": {"name": function["name"], "arguments": arguments}}


def _answer(body: dict[str, Any], prompt: str) -> str:
    text = _llm.reply_text(body["model"], prompt, 1, None)
    results = _tool_results(body["messages"])
    return f"{text} The tool answered: {results[-1]}" if results else text


def _usage(prompt: str, output: str) -> dict[str, int]:
    usage = _llm.usage_for(prompt, output)
    return {
        "prompt_tokens": usage["inputTokens"],
        "completion_tokens": usage["outputTokens"],
        "total_tokens": usage["totalTokens"],
    }


def _chunk_events(
    base: dict[str, Any], text: str, call: dict[str, Any] | None, usage: dict[str, int] | None
) -> Iterator[bytes]:
    def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
        choice = {"index": 0, "delta": delta, "finish_reason": finish}
        return _llm.encode_event({**base, "object": "chat.completion.chunk", "choices": [choice]})

    if call is None:
        yield chunk({"role": "assistant", "content": ""})
        for piece in _llm.split_deltas(text):
            yield chunk({"content": piece})
        yield chunk({}, "stop")
    else:
        head = {**call, "index": 0, "function": {"name": call["function"]["name"], "arguments": ""}}
        yield chunk({"role": "assistant", "content": None, "tool_calls": [head]})
        for piece in _llm.split_deltas(call["function"]["arguments"]):
            yield chunk({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]})
        yield chunk({}, "tool_calls")
    if usage is not None:  # stream_options.include_usage: a last chunk without choices
        yield _llm.encode_event({**base, "object": "chat.completion.chunk", "choices": [], "usage": usage})
    yield b"data: [DONE]\n\n"


@handler("complete")
def complete(ctx: Ctx) -> Reply:
    body = ctx.body
    prompt = _last_user_text(body["messages"])
    base = {"id": _completion_id(body), "created": int(ctx.store.clock), "model": body["model"]}
    function = _tool_to_call(body)
    call = None if function is None else _tool_call(base, function, prompt)
    text = _answer(body, prompt) if call is None else ""
    usage = _usage(prompt, text if call is None else call["function"]["arguments"])
    if body.get("stream"):
        with_usage = bool((body.get("stream_options") or {}).get("include_usage"))
        events = _chunk_events(base, text, call, usage if with_usage else None)
        return stream_reply(events, "text/event-stream", {"cache-control": "no-cache"})
    if call is None:
        choice = {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}
    else:
        message = {"role": "assistant", "content": None, "tool_calls": [call]}
        choice = {"index": 0, "message": message, "finish_reason": "tool_calls"}
    return json_reply({**base, "object": "chat.completion", "choices": [choice], "usage": usage})


def embedding_of(text: str, dimensions: int = EMBEDDING_DIMENSION) -> list[float]:
    """A unit vector of ``dimensions`` floats that depends only on ``text``."""
    digest = hashlib.sha256(text.encode()).digest()
    while len(digest) < dimensions:  # longer vectors: hash the hash, so the first floats never change
        digest += hashlib.sha256(digest).digest()
    raw = [(b - 127.5) / 127.5 for b in digest[:dimensions]]
    norm = math.sqrt(sum(x * x for x in raw)) or 1.0
    return [round(x / norm, 6) for x in raw]


@handler("embed")
def embed(ctx: Ctx) -> Reply:
    texts: list[str] = ctx.body["input"]
    size = int(ctx.body.get("dimensions", EMBEDDING_DIMENSION))  # JSON 4.0 is a valid integer
    data = [
        {"object": "embedding", "index": i, "embedding": embedding_of(t, size)} for i, t in enumerate(texts)
    ]
    tokens = sum(len(t.split()) for t in texts)
    return json_reply(
        {
            "object": "list",
            "model": ctx.body["model"],
            "data": data,
            "usage": {"prompt_tokens": tokens, "completion_tokens": 0, "total_tokens": tokens},
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
