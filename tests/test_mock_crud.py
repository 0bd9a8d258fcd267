"""The mock's CRUD engine (imbrace/testing/_crud.py): operations marked ``x-imbrace-crud`` are served from the
store with no hand-written handler. Real operations over HTTP (every reply is validated against the spec by
the mock itself), then the engine alone on a tiny spec written here, for what no real operation uses."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from imbrace.testing import MockServer
from imbrace.testing._app import Ctx, MockError
from imbrace.testing._crud import EXTENSION, compile_plan, crud_routes, execute
from imbrace.testing._spec import Route
from imbrace.testing._store import Store
from imbrace.testing.handlers import ENGINE_OPS, HANDLERS, load_handlers
from imbrace.testing.handlers.activepieces import DEMO_PROJECT_ID

ORG_A = {"x-api-key": "api_a", "x-organization-id": "org_a"}
ORG_B = {"x-api-key": "api_b", "x-organization-id": "org_b"}
GUARDRAILS = "/v3/ai/guardrail"


@pytest.fixture
def mock() -> Iterator[httpx.Client]:
    with MockServer(delta_delay_ms=0) as server, httpx.Client(base_url=server.url, headers=ORG_A) as http:
        yield http
    assert not server.violations, server.violations


def _ok(reply: httpx.Response, status: int = 200) -> Any:
    assert reply.status_code == status, reply.text
    return reply.json() if reply.content else None


# -- real operations ------------------------------------------------------------------------------------
def test_plain_crud_operations_have_no_hand_written_handler() -> None:
    load_handlers()
    extended = {r.op_id for r in crud_routes()}
    assert len(ENGINE_OPS) >= 40 and ENGINE_OPS.issubset(extended) and extended.issubset(HANDLERS)
    # special behaviour stays hand-written even where the operation is marked: secrets are redacted
    assert "create_guardrail_provider" in extended and "create_guardrail_provider" not in ENGINE_OPS


def test_create_get_list_update_delete(mock: httpx.Client) -> None:
    created = _ok(
        mock.post(f"{GUARDRAILS}/create", json={"name": "g", "model": "m", "instructions": "i"}), 201
    )
    assert created["_id"].startswith("grd_") and created["id"] == created["_id"]
    assert created["unsafe_categories"] == [] and "organization_id" not in created  # defaults; owner hidden
    assert _ok(mock.get(f"{GUARDRAILS}/{created['_id']}")) == created
    listing = _ok(mock.get(f"{GUARDRAILS}/all"))
    assert listing == {"data": [created], "total": 1}

    updated = _ok(mock.put(f"{GUARDRAILS}/update/{created['_id']}", json={"description": "d"}))
    assert updated == {**created, "description": "d"}  # a merge: every other field kept
    assert _ok(mock.get(f"{GUARDRAILS}/{created['_id']}"))["description"] == "d"

    _ok(mock.delete(f"{GUARDRAILS}/delete/{created['_id']}"), 204)
    missing = mock.get(f"{GUARDRAILS}/{created['_id']}")
    assert missing.status_code == 404
    assert missing.json() == {"statusCode": 404, "message": f"guardrail {created['_id']} not found"}
    assert _ok(mock.get(f"{GUARDRAILS}/all")) == {"data": [], "total": 0}


def test_two_organisations_never_mix(mock: httpx.Client) -> None:
    mine = _ok(mock.post(f"{GUARDRAILS}/create", json={"name": "a", "model": "m", "instructions": "i"}), 201)
    theirs = _ok(
        mock.post(
            f"{GUARDRAILS}/create", json={"name": "b", "model": "m", "instructions": "i"}, headers=ORG_B
        ),
        201,
    )
    assert [g["_id"] for g in _ok(mock.get(f"{GUARDRAILS}/all"))["data"]] == [mine["_id"]]
    assert [g["_id"] for g in _ok(mock.get(f"{GUARDRAILS}/all", headers=ORG_B))["data"]] == [theirs["_id"]]
    for request in (
        mock.get(f"{GUARDRAILS}/{theirs['_id']}"),
        mock.put(f"{GUARDRAILS}/update/{theirs['_id']}", json={"name": "stolen"}),
        mock.delete(f"{GUARDRAILS}/delete/{theirs['_id']}"),
    ):
        assert request.status_code == 404, request.text
    assert _ok(mock.get(f"{GUARDRAILS}/{theirs['_id']}", headers=ORG_B))["name"] == "b"


def test_hand_written_handler_wins_and_reuses_the_engine(mock: httpx.Client) -> None:
    body = {"name": "p", "type": "openai", "config": {"api_key": "sk-secret", "region": "eu"}}
    created = _ok(mock.post("/v3/ai/guardrail-providers", json=body), 201)
    assert created["config"] == {"api_key": "***", "region": "eu"}
    assert _ok(mock.get(f"/v3/ai/guardrail-providers/{created['_id']}")) == created


def _walk_skip_limit(mock: httpx.Client) -> list[str]:
    seen: list[str] = []
    for skip in range(0, 100, 2):  # bounded
        page = _ok(mock.get("/data-board/boards", params={"skip": skip, "limit": 2}))["data"]
        seen += [b["_id"] for b in page]
        if len(page) < 2:
            break
    return seen


def test_skip_limit_paging_walks_all(mock: httpx.Client) -> None:
    ids = [_ok(mock.post("/data-board/boards", json={"name": f"b{n}"}), 201)["data"]["_id"] for n in range(5)]
    assert _walk_skip_limit(mock) == ids


def test_cursor_paging_walks_all_newest_first(mock: httpx.Client) -> None:
    seeded = [f["id"] for f in _ok(mock.get("/activepieces/v1/flows", params={"limit": 100}))["data"]]
    made = [
        _ok(
            mock.post("/activepieces/v1/flows", json={"displayName": f"f{n}", "projectId": DEMO_PROJECT_ID}),
            201,
        )
        for n in range(5)
    ]
    seen, params = [], {"limit": 2}
    for _ in range(20):  # bounded
        page = _ok(mock.get("/activepieces/v1/flows", params=params))
        seen += [f["id"] for f in page["data"]]
        assert all("published" not in f for f in page["data"])  # hidden
        if page["next"] is None:
            break
        params = {"limit": 2, "cursor": page["next"]}
    assert seen == [f["id"] for f in reversed(made)] + seeded
    assert mock.get("/activepieces/v1/flows", params={"cursor": "%%%"}).status_code == 400


def test_page_limit_paging_walks_all(mock: httpx.Client) -> None:
    ids = [f"file_{n}" for n in range(5)]
    for file_id in ids:
        _ok(mock.post("/ai-agent/embedding/process", json={"file_id": file_id}))
    seen: list[str] = []
    for number in range(1, 10):  # bounded
        page = _ok(mock.get("/ai-agent/embedding/files", params={"page": number, "limit": 2}))
        seen += [r["file_id"] for r in page["data"]]
        assert page["pagination"]["total"] == 5 and page["pagination"]["total_pages"] == 3
        if not page["pagination"]["has_next"]:
            break
    assert seen == ids


def test_starting_after_paging_walks_both_ways(mock: httpx.Client) -> None:
    message = {"role": "user", "content": "hi"}
    for n in range(5):
        _ok(mock.post("/ai-agent/chat-client/chats", json={"id": f"chat_{n}", "message": message}), 201)
    seen: list[str] = []
    params: dict[str, Any] = {"limit": 2}
    for _ in range(10):  # bounded
        page = _ok(mock.get("/ai-agent/chat-client/chats", params=params))
        seen += [c["id"] for c in page["data"]]
        if not page["has_more"]:
            break
        params = {"limit": 2, "starting_after": seen[-1]}
    assert seen == [f"chat_{n}" for n in reversed(range(5))]  # newest first
    back = _ok(mock.get("/ai-agent/chat-client/chats", params={"limit": 2, "ending_before": "chat_0"}))
    assert [c["id"] for c in back["data"]] == ["chat_2", "chat_1"] and back["has_more"]
    assert _ok(mock.get("/ai-agent/chat-client/chats", headers=ORG_B))["data"] == []


def test_parent_scoped_items(mock: httpx.Client) -> None:
    board = _ok(mock.post("/data-board/boards", json={"name": "b"}), 201)["data"]
    other = _ok(mock.post("/data-board/boards", json={"name": "o"}), 201)["data"]
    field = board["fields"][0]["_id"]
    item = _ok(
        mock.post(f"/data-board/boards/{board['_id']}/items", json={"fields": [{"board_field_id": field}]}),
        201,
    )["data"]
    assert _ok(mock.get(f"/data-board/boards/{board['_id']}/items")) == {"data": [item], "total": 1}
    assert _ok(mock.get(f"/data-board/boards/{other['_id']}/items")) == {"data": [], "total": 0}
    assert mock.get("/data-board/boards/brd_nope/items").status_code == 404
    assert mock.delete(f"/data-board/boards/{other['_id']}/items/{item['_id']}").status_code == 404
    assert _ok(mock.delete(f"/data-board/boards/{board['_id']}/items/{item['_id']}")) == {"data": item}


def test_update_keeps_read_only_fields(mock: httpx.Client) -> None:
    board = _ok(mock.post("/data-board/boards", json={"name": "b"}), 201)["data"]
    patch = {"name": "renamed", "_id": "brd_other", "fields": [], "organization_id": "org_x"}
    updated = _ok(mock.patch(f"/data-board/boards/{board['_id']}", json=patch))["data"]
    assert updated["name"] == "renamed" and updated["updated_at"] > board["updated_at"]
    assert {k: updated[k] for k in ("_id", "fields", "organization_id", "created_at")} == {
        k: board[k] for k in ("_id", "fields", "organization_id", "created_at")
    }


# -- the engine alone, on a tiny spec ---------------------------------------------------------------------
NOTE = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "text": {"type": "string"},
        "tag": {"type": "string"},
        "secret": {"type": "string"},
        "createdAt": {"type": "string"},
        "updatedAt": {"type": "string"},
    },
}
DOCUMENT = {"components": {"schemas": {"Note": NOTE}}}
NOTE_REPLY = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Note"}}}}
NOTES_REPLY = {
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "properties": {
                    "items": {"type": "array", "items": {"$ref": "#/components/schemas/Note"}},
                    "total": {"type": "integer"},
                },
            }
        }
    }
}
JSON_BODY = {"content": {"application/json": {"schema": {"type": "object"}}}}


def _call(store: Store, op: dict[str, Any], *, path: Any = None, body: Any = None, org: str = "o1") -> Any:
    route = Route("tiny", "POST", "/notes", op["operationId"], ("notes",), op)
    ctx = Ctx(
        server=None,  # type: ignore[arg-type]
        store=store,
        route=route,
        path=path or {},
        query={},
        body=body,
        raw_body=b"",
        headers={"x-organization-id": org},
        content_type="application/json",
    )
    reply = execute(ctx, compile_plan(op, DOCUMENT))
    return reply.status, reply.body


def _op(op_id: str, responses: dict[str, Any], **ext: Any) -> dict[str, Any]:
    common = {"collection": "notes", "prefix": "note_", "scope": "owner", "hide": ["secret", "owner"]}
    return {
        "operationId": op_id,
        "responses": responses,
        "requestBody": JSON_BODY,
        EXTENSION: {**common, **ext},
    }


def test_replace_search_in_body_and_timestamps() -> None:
    store = Store()
    create = _op("create_note", {"201": NOTE_REPLY}, action="create", defaults={"tag": "none", "links": []})
    replace = _op(
        "replace_note", {"200": NOTE_REPLY}, action="replace", id="note_id", defaults={"tag": "none"}
    )
    search = _op(
        "search_notes",
        {"200": NOTES_REPLY},
        action="search",
        envelope="items",
        page="offset_limit",
        match={"q": "text"},
        order="-createdAt",
    )
    made = [_call(store, create, body={"text": f"note {n}", "secret": "s"})[1] for n in range(4)]
    assert made[0]["id"].startswith("note_") and made[0]["tag"] == "none" and "secret" not in made[0]
    assert made[0]["createdAt"] == made[0]["updatedAt"]
    assert made[0]["links"] == [] and made[0]["links"] is not made[1]["links"]  # defaults are copied

    status, replaced = _call(store, replace, path={"note_id": made[0]["id"]}, body={"text": "new", "id": "x"})
    assert status == 200 and replaced["id"] == made[0]["id"] and replaced["tag"] == "none"
    assert replaced["createdAt"] == made[0]["createdAt"] < replaced["updatedAt"]
    stored = store.table("notes")[made[0]["id"]]
    assert stored["owner"] == "o1" and "secret" not in stored  # replaced: the old fields are gone

    _, page = _call(store, search, body={"q": "NOTE", "offset": 1, "limit": 2})
    assert [n["text"] for n in page["items"]] == ["note 2", "note 1"] and page["total"] == 3
    assert _call(store, search, body={}, org="o2")[1] == {"items": [], "total": 0}
    with pytest.raises(MockError) as missing:
        _call(store, replace, path={"note_id": made[1]["id"]}, body={"text": "x"}, org="o2")
    assert missing.value.status == 404


@pytest.mark.parametrize(
    ("ext", "complaint"),
    [
        ({"collection": "notes", "action": "frobnicate"}, "action must be one of"),
        ({"collection": "notes", "action": "get"}, "needs id"),
        ({"collection": "notes", "action": "list", "page": "pages"}, "page must be one of"),
        ({"collection": "notes", "action": "list", "colour": "red"}, "unknown"),
        ({"action": "list"}, "collection"),
        ({"collection": "notes", "action": "list", "parent": {"collection": "x"}}, "parent"),
    ],
)
def test_a_bad_extension_is_refused_when_compiled(ext: dict[str, Any], complaint: str) -> None:
    op = {"operationId": "x", "responses": {"200": NOTE_REPLY}, EXTENSION: ext}
    with pytest.raises(ValueError, match=complaint):
        compile_plan(op, DOCUMENT)


def test_an_integral_float_in_a_json_body_is_an_integer(mock: httpx.Client) -> None:
    """JSON Schema counts 2.0 as an integer: a body limit written so pages like 2 (no crash, no 500)."""
    board = _ok(mock.post("/data-board/boards", json={"name": "Floats"}), 201)["data"]
    for value in ("a", "b", "c"):
        fields = [{"board_field_id": board["fields"][0]["_id"], "value": value}]
        _ok(mock.post(f"/data-board/boards/{board['_id']}/items", json={"fields": fields}), 201)
    found = _ok(mock.post(f"/data-board/search/{board['_id']}", json={"limit": 2.0, "offset": 0.0}))
    assert len(found["data"]) == 2
