"""``client.boards`` (boards, fields, items, search, CSV export) end to end against the mock: the Full Flow
Guide §4 snippets as written, the incumbent's bugs that must not come back, and flat-memory exports."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import httpx
import pytest

from imbrace import AsyncImbraceClient, ImbraceClient, InvalidRequestError, NotFoundError
from imbrace.testing import MockServer


def sample_board(client: ImbraceClient) -> tuple[str, str, str]:
    """(board id, identifier field id, Company field id) of a new board."""
    board = client.boards.create(name="Sales Pipeline", description="Track all active deals")
    updated = client.boards.create_field(board["_id"], {"name": "Company", "type": "ShortText"})
    identifier = next(f for f in updated["fields"] if f.get("is_identifier"))
    company = next(f for f in updated["fields"] if f["name"] == "Company")
    return board["_id"], identifier["_id"], company["_id"]


def test_full_flow_section_4_runs_as_written(
    client: ImbraceClient, capsys: pytest.CaptureFixture[str]
) -> None:
    board = client.boards.create(
        name="Sales Pipeline",
        description="Track all active deals",
    )
    print("Board ID:", board["_id"])

    updated = client.boards.create_field(
        board["_id"],
        {
            "name": "Company",
            "type": "ShortText",
        },
    )
    identifier_field = next(f for f in updated["fields"] if f.get("is_identifier"))

    item = client.boards.create_item(
        board["_id"],
        {
            "fields": [
                {"board_field_id": identifier_field["_id"], "value": "Acme Corp"},
            ],
        },
    )
    print("Item ID:", item["_id"])

    # Paginate through items
    items = client.boards.list_items(board["_id"], limit=20, skip=0)
    # Full-text search
    results = client.boards.search(board["_id"], q="Acme", limit=10)

    client.boards.update_item(
        board["_id"],
        item["_id"],
        {
            "data": [{"key": identifier_field["_id"], "value": "Acme Corp — Closed Won"}],
        },
    )
    csv_before_delete = client.boards.export_csv(board["_id"])
    client.boards.delete_item(board["_id"], item["_id"])

    csv = client.boards.export_csv(board["_id"])
    # csv is a str — write to a file or send as a download

    out = capsys.readouterr().out
    assert f"Board ID: {board['_id']}" in out and f"Item ID: {item['_id']}" in out
    assert [i["_id"] for i in items] == [item["_id"]]
    assert [i["_id"] for i in results] == [item["_id"]]
    assert isinstance(csv, str) and csv.splitlines() == ["_id,Name,Company"]
    assert "Acme Corp — Closed Won" in csv_before_delete


def test_d6_create_field_returns_the_board_with_its_identifier_field(client: ImbraceClient) -> None:
    board = client.boards.create(name="B")
    assert [f["is_identifier"] for f in board["fields"]] == [True]  # every board gets one at creation
    updated = client.boards.create_field(board["_id"], {"name": "Stage", "type": "Dropdown"})
    assert updated["_id"] == board["_id"]
    assert [(f["name"], f["is_identifier"]) for f in updated["fields"]] == [("Name", True), ("Stage", False)]


def test_board_crud(client: ImbraceClient) -> None:
    board = client.boards.create(name="CRM", description="d")
    assert client.boards.get(board["_id"])["name"] == "CRM"
    assert client.boards.update(board["_id"], {"name": "CRM 2"})["name"] == "CRM 2"
    assert [b["_id"] for b in client.boards.list()] == [board["_id"]]
    client.boards.delete(board["_id"])
    with pytest.raises(NotFoundError):
        client.boards.get(board["_id"])
    assert client.boards.list() == []


def test_update_item_touches_only_the_named_fields(client: ImbraceClient) -> None:
    board_id, name_id, company_id = sample_board(client)
    item = client.boards.create_item(
        board_id,
        {
            "fields": [
                {"board_field_id": name_id, "value": "Deal"},
                {"board_field_id": company_id, "value": "Acme"},
            ]
        },
    )
    changed = client.boards.update_item(
        board_id, item["_id"], {"data": [{"key": company_id, "value": "Globex"}]}
    )
    assert {f["board_field_id"]: f["value"] for f in changed["fields"]} == {
        name_id: "Deal",
        company_id: "Globex",
    }


def test_items_list_iterate_and_search(client: ImbraceClient) -> None:
    board_id, name_id, _ = sample_board(client)
    for n in range(7):
        client.boards.create_item(board_id, {"fields": [{"board_field_id": name_id, "value": f"Lead {n}"}]})
    assert len(client.boards.list_items(board_id, limit=3, skip=6)) == 1
    names = [i["fields"][0]["value"] for i in client.boards.iter_items(board_id, limit=3)]
    assert names == [f"Lead {n}" for n in range(7)]
    assert [i["fields"][0]["value"] for i in client.boards.search(board_id, q="lead 3")] == ["Lead 3"]
    assert len(client.boards.search(board_id, q="Lead", limit=2, offset=6)) == 1


def test_bad_item_body_is_rejected_before_sending(client: ImbraceClient, imbrace_mock: MockServer) -> None:
    board_id, _, _ = sample_board(client)
    with pytest.raises(InvalidRequestError) as info:
        client.boards.update_item(board_id, "item_1", {"data": [{"value": "no key"}]})
    assert "key" in str(info.value)
    assert imbrace_mock.store.effects["update_item"] == 0


def test_export_csv_streams_to_a_path_or_a_binary_file(client: ImbraceClient, tmp_path: Path) -> None:
    board_id, name_id, _ = sample_board(client)
    client.boards.create_item(board_id, {"fields": [{"board_field_id": name_id, "value": "Acme, Inc."}]})
    text = client.boards.export_csv(board_id)
    target = tmp_path / "board.csv"
    assert client.boards.export_csv(board_id, to=target) == len(text.encode())
    assert target.read_bytes().decode() == text
    sink = io.BytesIO()
    assert client.boards.export_csv(board_id, to=sink) == len(text.encode())
    assert sink.getvalue().decode() == text
    assert '"Acme, Inc."' in text


class _GatedSink(io.RawIOBase):
    """A binary sink that tells the server when the first bytes of the export have reached it."""

    def __init__(self) -> None:
        self.first_write = threading.Event()
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.size += len(data)
        self.first_write.set()
        return len(data)


def test_export_csv_to_a_file_streams_instead_of_buffering(
    client: ImbraceClient, imbrace_mock: MockServer
) -> None:
    """The first chunk reaches the destination while the server still holds the rest of the export.

    The server pauses before its 4th chunk until the sink has bytes: an SDK that buffered the whole
    export before writing would never get there (the wait is bounded) and the check below fails. Flat
    memory at 200 MiB is measured by ``make bench`` (peak RSS growth, in a subprocess).
    """
    board_id, _, _ = sample_board(client)
    imbrace_mock.store.table("boards")[board_id]["mock_synthetic_rows"] = 5_000
    sink = _GatedSink()
    sent = {"chunks": 0, "sink_had_bytes_before_chunk_4": None}

    def gap() -> float:
        sent["chunks"] += 1
        if sent["chunks"] == 4:
            sent["sink_had_bytes_before_chunk_4"] = sink.first_write.wait(timeout=10)
        return 0.0

    imbrace_mock.stream_gap = gap  # type: ignore[method-assign]
    written = client.boards.export_csv(board_id, to=sink)
    assert sent["sink_had_bytes_before_chunk_4"] is True
    assert sent["chunks"] > 4 and written == sink.size > 100_000


def _recording_client(reply: httpx.Response, seen: list[httpx.Request]) -> ImbraceClient:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return reply

    return ImbraceClient(
        base_url="http://127.0.0.1:9",
        api_key="k",
        organization_id="org_1",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )


def test_b6_board_and_item_ids_are_percent_encoded() -> None:
    seen: list[httpx.Request] = []
    with _recording_client(httpx.Response(200), seen) as client:
        client.boards.delete_item("b/../x", "i?d=1#f")
    assert seen[0].url.raw_path.decode() == "/data-board/boards/b%2F..%2Fx/items/i%3Fd%3D1%23f"


@pytest.mark.parametrize("reply", [httpx.Response(200, content=b"")])  # data-board deletes answer 200
def test_b14_deletes_with_an_empty_reply_return_none(reply: httpx.Response) -> None:
    seen: list[httpx.Request] = []
    with _recording_client(reply, seen) as client:
        assert client.boards.delete_item("b1", "i1") is None
        assert client.boards.delete("b1") is None
        assert client.boards.delete_folders(["f1"]) is None
        assert client.boards.delete_files(["x"]) is None


def test_b15_a_bare_list_reply_is_returned_not_an_error() -> None:
    seen: list[httpx.Request] = []
    bare = httpx.Response(200, json=[{"_id": "i1", "fields": []}])
    with _recording_client(bare, seen) as client:
        items = client.boards.list_items("b1")
        found = client.boards.search("b1", q="x")
    assert [i["_id"] for i in items] == ["i1"] and [i["_id"] for i in found] == ["i1"]


async def test_async_boards_flow(aclient: AsyncImbraceClient, tmp_path: Path) -> None:
    board = await aclient.boards.create(name="Sales Pipeline", description="Track all active deals")
    updated = await aclient.boards.create_field(board["_id"], {"name": "Company", "type": "ShortText"})
    identifier_field = next(f for f in updated["fields"] if f.get("is_identifier"))
    item = await aclient.boards.create_item(
        board["_id"], {"fields": [{"board_field_id": identifier_field["_id"], "value": "Acme Corp"}]}
    )
    assert [i["_id"] for i in await aclient.boards.list_items(board["_id"], limit=20, skip=0)] == [
        item["_id"]
    ]
    assert [i["_id"] async for i in aclient.boards.iter_items(board["_id"], limit=1)] == [item["_id"]]
    assert len(await aclient.boards.search(board["_id"], q="Acme", limit=10)) == 1
    await aclient.boards.update_item(
        board["_id"], item["_id"], {"data": [{"key": identifier_field["_id"], "value": "Closed Won"}]}
    )
    csv = await aclient.boards.export_csv(board["_id"])
    assert "Closed Won" in csv
    assert await aclient.boards.export_csv(board["_id"], to=tmp_path / "b.csv") == len(csv.encode())
    await aclient.boards.delete_item(board["_id"], item["_id"])
    assert (await aclient.boards.get(board["_id"]))["name"] == "Sales Pipeline"
    assert (await aclient.boards.update(board["_id"], {"description": "x"}))["description"] == "x"
    assert len(await aclient.boards.list()) == 1
    await aclient.boards.delete(board["_id"])


def test_a_list_reply_is_a_page_read_either_way(client: ImbraceClient) -> None:
    """The docs read list replies as the {data: [...]} envelope; the seed docs iterate them: both work."""
    from imbrace import Page

    board = client.boards.create("Paged")
    client.boards.create_item(board["_id"], {"fields": []})
    items = client.boards.list_items(board["_id"], limit=20, skip=0)
    assert isinstance(items, Page) and isinstance(items, list)
    assert items.get("data", []) == items == items.data == items["data"] == list(items)
    assert items["total"] == 1 and items.get("missing", "dflt") == "dflt"
    assert [b["_id"] for b in client.boards.list().get("data", [])].count(board["_id"]) == 1


def test_list_items_takes_the_official_specs_filter_and_sort(client: ImbraceClient) -> None:
    """spec:data-board.json lists sort, include_parent and filter on the items list: all are sent."""
    seen: list[httpx.Request] = []
    board = client.boards.create("Filtered")
    hooked = client.with_options()
    hooked._transport.client.event_hooks["request"].append(seen.append)
    hooked.boards.list_items(board["_id"], filter="Name:Acme", sort="name", include_parent=True)
    params = seen[-1].url.params
    assert (params["filter"], params["sort"], params["include_parent"]) == ("Name:Acme", "name", "true")
