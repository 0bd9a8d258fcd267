"""Mock chat-client sub-API: auth, chats (shared with ``/v2/chat`` sessions), status stream, messages, votes,
and versioned documents. Chats live in table ``client_chats``; each chat's messages, in order, in
``client_messages[chat_id]``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from .._app import Ctx, MockError, Reply, json_reply, stream_reply
from .._constants import DEMO_USER_ID
from .._store import Store
from . import handler


# -- shared with the chat handlers ----------------------------------------------------------------
def ensure_chat(store: Store, chat_id: str, **fields: Any) -> dict[str, Any]:
    """The chat with this id, created (private, untitled) when new. Caller holds ``store.lock``."""
    chats = store.table("client_chats")
    chat = chats.get(chat_id)
    if chat is None:
        now = store.tick()
        chat = {
            "id": chat_id,
            "title": "New chat",
            "visibility": "private",
            "createdAt": now,
            "updatedAt": now,
        }
        chat.update({k: v for k, v in fields.items() if v is not None})
        chats[chat_id] = chat
        store.table("client_messages")[chat_id] = []
    return chat


def add_message(store: Store, chat_id: str, role: str, content: str, **extra: Any) -> dict[str, Any]:
    """Append a message to a chat (which must exist). Caller holds ``store.lock``."""
    message = {
        "id": extra.pop("id", None) or store.new_id("msg_"),
        "chatId": chat_id,
        "role": role,
        "content": content,
        "parts": extra.pop("parts", None) or [{"type": "text", "text": content}],
        "createdAt": extra.pop("createdAt", None) or store.tick(),
        **{k: v for k, v in extra.items() if v is not None},
    }
    store.table("client_messages")[chat_id].append(message)
    store.table("client_chats")[chat_id]["updatedAt"] = store.tick()
    return message


def _chat(ctx: Ctx, chat_id: str) -> dict[str, Any]:
    chat: dict[str, Any] | None = ctx.store.table("client_chats").get(chat_id)
    if chat is None:
        raise MockError(404, f"chat {chat_id} not found")
    return chat


def _find_message(ctx: Ctx, message_id: str) -> tuple[str, int]:
    for chat_id, messages in ctx.store.table("client_messages").items():
        for i, message in enumerate(messages):
            if message["id"] == message_id:
                return chat_id, i
    raise MockError(404, f"message {message_id} not found")


def message_text(message: dict[str, Any]) -> str:
    """A message's text: its ``content``, or (AI SDK UIMessage form) the text of its ``text`` parts."""
    if message.get("content"):
        return str(message["content"])
    parts = message.get("parts") or []
    return "".join(p.get("text", "") for p in parts if isinstance(p, dict) and p.get("type") == "text")


# -- auth ----------------------------------------------------------------------------------------
@handler("verify_chat_client_credentials")
def verify_chat_client_credentials(ctx: Ctx) -> Reply:
    return json_reply({"valid": True, "user_id": DEMO_USER_ID})  # any token: "tok_xxx" is a placeholder


@handler("register_chat_client")
def register_chat_client(ctx: Ctx) -> Reply:
    name = ctx.body["name"]
    with ctx.store.lock:
        clients = ctx.store.table("chat_clients")
        if name in clients:
            return json_reply(clients[name], 200)
        clients[name] = {"id": ctx.store.new_id("cli_"), "name": name, "created_at": ctx.store.tick()}
        ctx.effect()
        return json_reply(clients[name], 201)


# -- chats ---------------------------------------------------------------------------------------
@handler("create_client_chat")
def create_client_chat(ctx: Ctx) -> Reply:
    body = ctx.body
    with ctx.store.lock:
        existed = body["id"] in ctx.store.table("client_chats")
        chat = ensure_chat(
            ctx.store,
            body["id"],
            assistantId=body.get("assistantId"),
            organizationId=body.get("organizationId") or ctx.organization_id,
            userId=body.get("userId"),
            visibility=body.get("selectedVisibilityType"),
        )
        message = dict(body["message"])
        add_message(ctx.store, chat["id"], message.pop("role"), message.pop("content", ""), **message)
        ctx.effect()
        return json_reply(chat, 200 if existed else 201)


def _ordered_chats(ctx: Ctx) -> list[dict[str, Any]]:
    org = ctx.query.get("organization_id") or ctx.organization_id  # never another organization's chats
    chats = [c for c in ctx.store.table("client_chats").values() if c.get("organizationId") == org]
    return sorted(chats, key=lambda c: (c["createdAt"], c["id"]), reverse=True)


def _drop_chat(ctx: Ctx, chat_id: str) -> None:
    ctx.store.table("client_chats").pop(chat_id, None)
    for message in ctx.store.table("client_messages").pop(chat_id, []):
        ctx.store.table("votes").pop(message["id"], None)


# The real chat-client deletes answer JSON: the deleted objects, or a count for "delete all".
@handler("delete_client_chat")
def delete_client_chat(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        chat = _chat(ctx, ctx.path["chat_id"])
        _drop_chat(ctx, ctx.path["chat_id"])
        ctx.effect()
    return json_reply(chat)


@handler("delete_all_client_chats")
def delete_all_client_chats(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        chats = _ordered_chats(ctx)
        for chat in chats:
            _drop_chat(ctx, chat["id"])
        ctx.effect()
    return json_reply({"deletedCount": len(chats)})


@handler("generate_client_chat_title")
def generate_client_chat_title(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        chat = _chat(ctx, ctx.path["chat_id"])
        messages = ctx.store.table("client_messages")[chat["id"]]
        first = next((message_text(m) for m in messages if m["role"] == "user"), "")
        words = first.split()
        chat["title"] = " ".join(words[:6]) + (" …" if len(words) > 6 else "") if words else "New chat"
        ctx.effect()
        return json_reply(chat)


def _status_events(chat_id: str) -> Iterator[bytes]:
    """A bounded status stream: heartbeats around one streaming -> idle cycle, then the server ends it."""
    yield b": connected\n\n"
    for status in ("streaming", "idle"):
        yield b": heartbeat\n\n"
        yield f"event: status\ndata: {json.dumps({'chatId': chat_id, 'status': status})}\n\n".encode()
    yield b": heartbeat\n\n"


@handler("stream_client_chat_status")
def stream_client_chat_status(ctx: Ctx) -> Reply:
    chat = _chat(ctx, ctx.path["chat_id"])
    return stream_reply(_status_events(chat["id"]), "text/event-stream", {"cache-control": "no-cache"})


# -- messages and votes --------------------------------------------------------------------------
@handler("persist_client_message")
def persist_client_message(ctx: Ctx) -> Reply:
    body = dict(ctx.body)
    with ctx.store.lock:
        chat = _chat(ctx, body.pop("chatId"))
        message = add_message(
            ctx.store, chat["id"], body.pop("role", "user"), body.pop("content", ""), **body
        )
        ctx.effect()
        return json_reply(message, 201)


@handler("list_client_messages")
def list_client_messages(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        chat = _chat(ctx, ctx.path["chat_id"])
        return json_reply({"data": list(ctx.store.table("client_messages")[chat["id"]])})


@handler("delete_trailing_messages")
def delete_trailing_messages(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        chat_id, index = _find_message(ctx, ctx.path["message_id"])
        messages = ctx.store.table("client_messages")[chat_id]
        deleted = messages[index:]
        for message in deleted:
            ctx.store.table("votes").pop(message["id"], None)
        del messages[index:]
        ctx.effect()
    return json_reply(deleted)


@handler("update_vote")
def update_vote(ctx: Ctx) -> Reply:
    body = ctx.body
    with ctx.store.lock:
        chat_id, _ = _find_message(ctx, body["messageId"])  # the message id alone finds the chat
        if body.get("chatId") not in (None, chat_id):
            raise MockError(400, f"message {body['messageId']} is not in chat {body['chatId']}")
        vote = {"chatId": chat_id, "messageId": body["messageId"], "vote": body["vote"]}
        vote["isUpvoted"] = body["vote"] == "up"
        ctx.store.table("votes")[body["messageId"]] = vote
        ctx.effect()
        return json_reply(vote)


# -- documents (each id holds its versions, oldest first) -----------------------------------------
def _versions(ctx: Ctx, doc_id: str) -> list[dict[str, Any]]:
    versions: list[dict[str, Any]] | None = ctx.store.table("documents").get(doc_id)
    if not versions:
        raise MockError(404, f"document {doc_id} not found")
    return versions


@handler("create_document")
def create_document(ctx: Ctx) -> Reply:
    body = ctx.body
    with ctx.store.lock:
        doc_id = body.get("id") or ctx.store.new_id("doc_")
        versions = ctx.store.table("documents").setdefault(doc_id, [])
        version = {
            "id": doc_id,
            "kind": body["kind"],
            "title": body.get("title") or (versions[-1]["title"] if versions else body["content"][:40]),
            "content": body["content"],
            "version": len(versions) + 1,
            "createdAt": ctx.store.tick(),
            "userId": DEMO_USER_ID,
        }
        versions.append(version)
        ctx.effect()
        return json_reply(version, 201)


@handler("get_document")
def get_document(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        versions = _versions(ctx, ctx.path["doc_id"])
        return json_reply({**versions[-1], "versions": list(versions)})


@handler("get_document_latest")
def get_document_latest(ctx: Ctx) -> Reply:
    return json_reply(_versions(ctx, ctx.path["doc_id"])[-1])


@handler("get_document_public")
def get_document_public(ctx: Ctx) -> Reply:
    latest = _versions(ctx, ctx.path["doc_id"])[-1]
    return json_reply({k: v for k, v in latest.items() if k != "userId"})


@handler("get_document_latest_by_kind")
def get_document_latest_by_kind(ctx: Ctx) -> Reply:
    kind = ctx.query["kind"]
    with ctx.store.lock:
        latest = [v[-1] for v in ctx.store.table("documents").values() if v and v[-1]["kind"] == kind]
    if not latest:
        raise MockError(404, f"no document of kind {kind}")
    return json_reply(max(latest, key=lambda d: (d["createdAt"], d["id"])))


@handler("get_document_suggestions")
def get_document_suggestions(ctx: Ctx) -> Reply:
    latest = _versions(ctx, ctx.path["doc_id"])[-1]
    suggestions = []
    for n, sentence in enumerate(s.strip() for s in latest["content"].split(".")):
        if sentence.endswith("..") or not sentence:
            continue
        suggestions.append(
            {
                "id": f"sug_{latest['id']}_{n}",
                "documentId": latest["id"],
                "originalText": sentence,
                "suggestedText": sentence[:1].upper() + sentence[1:] + ".",
                "description": "Finish the sentence and capitalise it.",
            }
        )
    return json_reply({"data": suggestions})


@handler("delete_document")
def delete_document(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        versions = _versions(ctx, ctx.path["doc_id"])
        del ctx.store.table("documents")[ctx.path["doc_id"]]
        ctx.effect()
    return json_reply(versions)
