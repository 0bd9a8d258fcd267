"""Mock handlers for the data-board service: Knowledge Hub folders and files, boards, fields and items.

Every object and list goes out in the service's ``{"data": ...}`` envelope. Uploaded files are kept in
memory, all of them together up to the server's ``max_upload_bytes`` (413 beyond). An assistant with
``folder_ids`` answers from the uploaded text files of those folders (see :func:`quote_folder_files`).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from typing import Any

from .._app import Ctx, MockError, Reply, json_reply, stream_reply
from . import ChatExtras, chat_hook, handler

CSV_ROWS_PER_CHUNK = 500
_STOP_WORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "you",
        "your",
        "with",
        "this",
        "that",
        "how",
        "what",
        "when",
        "where",
        "who",
        "why",
        "can",
        "are",
        "does",
        "did",
        "was",
        "were",
        "from",
        "have",
        "has",
        "not",
        "our",
        "out",
        "its",
        "into",
        "about",
        "there",
        "their",
        "them",
        "then",
        "than",
        "will",
        "would",
        "could",
        "should",
        "any",
        "all",
        "just",
    ]
)


def significant_words(text: str) -> set[str]:
    """Lowercased words of three letters or more, without common stop words: what "shares a word" means."""
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) >= 3 and w not in _STOP_WORDS}


def data(obj: Any, status: int = 200) -> Reply:
    return json_reply({"data": obj}, status)


def _get(ctx: Ctx, table: str, key: str, what: str) -> dict[str, Any]:
    obj: dict[str, Any] | None = ctx.store.table(table).get(key)
    if obj is None:
        raise MockError(404, f"{what} {key} not found")
    return obj


def _page(items: list[Any], skip: int, limit: int) -> list[Any]:
    return items[skip : skip + limit]


# -- folders ------------------------------------------------------------------------------------------
@handler("create_folder")
def create_folder(ctx: Ctx) -> Reply:
    body = ctx.body
    with ctx.store.lock:
        parent = body["parent_folder_id"]
        if parent != "root":
            _get(ctx, "folders", parent, "parent folder")
        now = ctx.store.tick()
        folder = {
            "_id": ctx.store.new_id("fld_"),
            **body,
            "created_at": now,
            "updated_at": now,
        }
        ctx.store.table("folders")[folder["_id"]] = folder
        ctx.effect()
    return data(folder, 201)


def _files_of(ctx: Ctx, folder_id: str) -> list[dict[str, Any]]:
    return [f for f in ctx.store.table("files").values() if f.get("folder_id") == folder_id]


@handler("get_folder_contents")
def get_folder_contents(ctx: Ctx) -> Reply:
    folder = _get(ctx, "folders", ctx.path["folder_id"], "folder")
    children = [f for f in ctx.store.table("folders").values() if f["parent_folder_id"] == folder["_id"]]
    return data({"folder": folder, "files": _files_of(ctx, folder["_id"]), "folders": children})


def _delete_files(ctx: Ctx, ids: list[str]) -> None:
    for file_id in ids:
        ctx.store.table("files").pop(file_id, None)
        ctx.store.table("file_contents").pop(file_id, None)


@handler("delete_folders")
def delete_folders(ctx: Ctx) -> Reply:
    """Deletes the folders, their sub-folders and their files; unknown ids are skipped."""
    with ctx.store.lock:
        folders = ctx.store.table("folders")
        pending, deleted = [i for i in ctx.body["ids"] if i in folders], []
        while pending:
            folder_id = pending.pop()
            if folders.pop(folder_id, None) is None:
                continue
            deleted.append(folder_id)
            _delete_files(ctx, [f["_id"] for f in _files_of(ctx, folder_id)])
            pending.extend(f["_id"] for f in folders.values() if f["parent_folder_id"] == folder_id)
        ctx.effect()
    return data({"deleted": len(deleted), "ids": deleted})


# -- files --------------------------------------------------------------------------------------------
def _new_file(
    ctx: Ctx, name: str, folder_id: str | None, org: str, content_type: str, size: int
) -> dict[str, Any]:
    if folder_id:
        _get(ctx, "folders", folder_id, "folder")
    file_id = ctx.store.new_id("file_")
    record: dict[str, Any] = {
        "_id": file_id,
        "file_id": file_id,
        "name": name,
        "organization_id": org,
        "content_type": content_type,
        "size": size,
        "created_at": ctx.store.tick(),
    }
    if folder_id:
        record["folder_id"] = folder_id
    return record


@handler("upload_file")
def upload_file(ctx: Ctx) -> Reply:
    upload, form = ctx.form()
    content = upload.data
    with ctx.store.lock:
        contents = ctx.store.table("file_contents")
        held = sum(len(c) for c in contents.values())
        if held + len(content) > ctx.server.max_upload_bytes:
            raise MockError(413, f"the mock keeps at most {ctx.server.max_upload_bytes} bytes of uploads")
        record = _new_file(
            ctx,
            upload.filename or "upload.bin",
            form.get("folder_id") or None,
            form.get("organization_id") or ctx.organization_id,
            upload.content_type,
            len(content),
        )
        ctx.store.table("files")[record["_id"]] = record
        contents[record["_id"]] = content
        ctx.effect()
    return data(record, 201)


@handler("create_file")
def create_file(ctx: Ctx) -> Reply:
    body = ctx.body
    with ctx.store.lock:
        record = _new_file(
            ctx,
            body["name"],
            body["folder_id"],
            body.get("organization_id") or ctx.organization_id,
            body.get("content_type") or "application/octet-stream",
            0,
        )
        ctx.store.table("files")[record["_id"]] = record
        ctx.effect()
    return data(record, 201)


@handler("delete_files")
def delete_files(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        deleted = [i for i in ctx.body["ids"] if i in ctx.store.table("files")]
        _delete_files(ctx, deleted)
        ctx.effect()
    return data({"deleted": len(deleted), "ids": deleted})


# -- boards -------------------------------------------------------------------------------------------
@handler("create_board")
def create_board(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        now = ctx.store.tick()
        board_id = ctx.store.new_id("brd_")
        identifier = {
            "_id": ctx.store.new_id("bf_"),
            "name": "Name",
            "type": "ShortText",
            "is_identifier": True,
        }
        extra_fields = [
            {"type": "ShortText", **f, "_id": ctx.store.new_id("bf_"), "is_identifier": False}
            for f in ctx.body.get("fields") or []
        ]
        board = {
            **ctx.body,
            "_id": board_id,
            "id": board_id,
            "organization_id": ctx.organization_id,
            "fields": [identifier, *extra_fields],
            "created_at": now,
            "updated_at": now,
        }
        ctx.store.table("boards")[board_id] = board
        ctx.effect()
    return data(board, 201)


@handler("delete_board")
def delete_board(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        board = _get(ctx, "boards", ctx.path["board_id"], "board")
        del ctx.store.table("boards")[board["_id"]]
        items = ctx.store.table("items")
        for item_id in [i for i, item in items.items() if item["board_id"] == board["_id"]]:
            del items[item_id]
        ctx.effect()
    return data(board)


@handler("create_field")
def create_field(ctx: Ctx) -> Reply:
    """Adds the field and answers with the whole board, as the real service does."""
    with ctx.store.lock:
        board = _get(ctx, "boards", ctx.path["board_id"], "board")
        board["fields"].append({**ctx.body, "_id": ctx.store.new_id("bf_"), "is_identifier": False})
        board["updated_at"] = ctx.store.tick()
        ctx.effect()
    return data(board, 201)


def _check_field_ids(board: dict[str, Any], ids: list[str]) -> None:
    known = {f["_id"] for f in board["fields"]}
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise MockError(400, f"board {board['_id']} has no field {unknown[0]}")


def _items_of(ctx: Ctx, board_id: str) -> list[dict[str, Any]]:
    return [i for i in ctx.store.table("items").values() if i["board_id"] == board_id]


@handler("create_item")
def create_item(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        board = _get(ctx, "boards", ctx.path["board_id"], "board")
        fields = ctx.body["fields"]
        _check_field_ids(board, [f["board_field_id"] for f in fields])
        now = ctx.store.tick()
        item = {
            "_id": ctx.store.new_id("item_"),
            "board_id": board["_id"],
            "fields": [{"board_field_id": f["board_field_id"], "value": f.get("value")} for f in fields],
            "created_at": now,
            "updated_at": now,
        }
        ctx.store.table("items")[item["_id"]] = item
        ctx.effect()
    return data(item, 201)


@handler("search_board_items")
def search_board_items(ctx: Ctx) -> Reply:
    _get(ctx, "boards", ctx.path["board_id"], "board")
    q = (ctx.body.get("q") or "").lower()
    found = [
        i
        for i in _items_of(ctx, ctx.path["board_id"])
        if not q or any(q in str(f.get("value", "")).lower() for f in i["fields"])
    ]
    page = _page(found, ctx.body.get("offset", 0), ctx.body.get("limit", 100))
    return json_reply({"data": page, "total": len(found)})


def _item(ctx: Ctx) -> tuple[dict[str, Any], dict[str, Any]]:
    board = _get(ctx, "boards", ctx.path["board_id"], "board")
    item = _get(ctx, "items", ctx.path["item_id"], "item")
    if item["board_id"] != board["_id"]:
        raise MockError(404, f"item {item['_id']} is not on board {board['_id']}")
    return board, item


@handler("update_item")
def update_item(ctx: Ctx) -> Reply:
    """Sets the named fields only; every other field keeps its value."""
    with ctx.store.lock:
        board, item = _item(ctx)
        changes = {c["key"]: c.get("value") for c in ctx.body["data"]}
        _check_field_ids(board, list(changes))
        for field in item["fields"]:
            if field["board_field_id"] in changes:
                field["value"] = changes.pop(field["board_field_id"])
        item["fields"].extend({"board_field_id": k, "value": v} for k, v in changes.items())
        item["updated_at"] = ctx.store.tick()
        ctx.effect()
    return data(item)


def _csv_rows(board: dict[str, Any], items: list[dict[str, Any]]) -> Iterator[list[Any]]:
    fields = board["fields"]
    yield ["_id", *(f["name"] for f in fields)]
    for item in items:
        values = {f["board_field_id"]: f.get("value") for f in item["fields"]}
        yield [item["_id"], *("" if values.get(f["_id"]) is None else values[f["_id"]] for f in fields)]
    for n in range(int(board.get("mock_synthetic_rows", 0))):  # large exports for memory tests
        yield [f"synthetic_{n:09d}", *(f"{f['name']} value {n}" for f in fields)]


def _csv_chunks(rows: Iterator[list[Any]]) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for n, row in enumerate(rows, 1):
        writer.writerow(row)
        if n % CSV_ROWS_PER_CHUNK == 0:
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue().encode()


@handler("export_csv")
def export_csv(ctx: Ctx) -> Reply:
    """Streams the CSV a few hundred rows at a time (a snapshot of the items taken now)."""
    with ctx.store.lock:
        board = _get(ctx, "boards", ctx.path["board_id"], "board")
        items = [dict(i, fields=list(i["fields"])) for i in _items_of(ctx, board["_id"])]
        snapshot = dict(board, fields=list(board["fields"]))
    return stream_reply(_csv_chunks(_csv_rows(snapshot, items)), "text/csv; charset=utf-8")


# -- assistants answer from their folders ---------------------------------------------------------------
_TEXT_SUFFIXES = (".txt", ".md", ".csv", ".json")


def _is_text(file: dict[str, Any]) -> bool:
    return str(file.get("content_type", "")).startswith("text/") or file["name"].lower().endswith(
        _TEXT_SUFFIXES
    )


@chat_hook
def quote_folder_files(ctx: Ctx, assistant: dict[str, Any], message: str) -> ChatExtras | None:
    """An assistant with ``folder_ids`` quotes the line of an uploaded text file of those folders that
    shares the most words with the message (the first such line on a tie), and cites the file."""
    folder_ids = set(assistant.get("folder_ids") or [])
    words = significant_words(message)
    if not folder_ids or not words:
        return None
    contents = ctx.store.table("file_contents")
    best: tuple[int, dict[str, Any], str] | None = None
    for file in ctx.store.table("files").values():
        if file.get("folder_id") not in folder_ids or not _is_text(file) or file["_id"] not in contents:
            continue
        for line in contents[file["_id"]].decode("utf-8", errors="replace").splitlines():
            score = len(words & significant_words(line))
            if score and (best is None or score > best[0]):
                best = (score, file, line.strip())
    if best is None:
        return None
    _, file, line = best
    source = {
        "type": "source-document",
        "sourceId": file["_id"],
        "mediaType": file.get("content_type") or "text/plain",
        "title": file["name"],
        "filename": file["name"],
    }
    return ChatExtras(chunks=[source], text=f"From \u201c{file['name']}\u201d: \u201c{line}\u201d ")
