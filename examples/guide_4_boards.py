"""Full Flow Guide §4: a data board (a CRM pipeline) with a field, items, search, update, delete and a CSV
export, as text and streamed to a file.

``python examples/guide_4_boards.py`` runs it against the embedded mock server.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from imbrace import ImbraceClient

try:
    from _guide import run_against_mock, step
except ImportError:  # imported as examples.guide_4_boards
    from examples._guide import run_against_mock, step


def run(client: ImbraceClient, assistant_id: str) -> None:
    step("Create a board")
    board = client.boards.create(
        name="Sales Pipeline",
        description="Track all active deals",
    )
    print("Board ID:", board["_id"])

    step("Add a custom field (the reply is the updated board)")
    updated = client.boards.create_field(
        board["_id"],
        {
            "name": "Company",
            "type": "ShortText",
        },
    )
    identifier_field = next(f for f in updated["fields"] if f.get("is_identifier"))
    company_field = next(f for f in updated["fields"] if f["name"] == "Company")
    print("Fields:", [(f["name"], f["type"], bool(f.get("is_identifier"))) for f in updated["fields"]])

    step("Create board items")
    item = client.boards.create_item(
        board["_id"],
        {
            "fields": [
                {"board_field_id": identifier_field["_id"], "value": "Acme Corp"},
                {"board_field_id": company_field["_id"], "value": "Acme"},
            ],
        },
    )
    print("Item ID:", item["_id"])
    other = client.boards.create_item(
        board["_id"], {"fields": [{"board_field_id": identifier_field["_id"], "value": "Globex renewal"}]}
    )
    print("Item ID:", other["_id"])

    step("List and search items")
    items = client.boards.list_items(board["_id"], limit=20, skip=0)
    print("Items:", [i["_id"] for i in items])
    results = client.boards.search(board["_id"], q="Acme", limit=10)
    print("Search 'Acme':", [i["_id"] for i in results])

    step("Update and delete items")
    client.boards.update_item(
        board["_id"],
        item["_id"],
        {
            "data": [{"key": identifier_field["_id"], "value": "Acme Corp — Closed Won"}],
        },
    )
    print("Updated:", [f["value"] for f in client.boards.search(board["_id"], q="Closed Won")[0]["fields"]])
    client.boards.delete_item(board["_id"], other["_id"])
    print("Deleted", other["_id"], "; items left:", len(client.boards.list_items(board["_id"])))

    step("Export to CSV")
    csv = client.boards.export_csv(board["_id"])
    print(csv, end="")
    with tempfile.TemporaryDirectory() as tmp:
        written = client.boards.export_csv(board["_id"], to=Path(tmp) / "pipeline.csv")
    print(f"(also streamed {written} bytes into a file)")


if __name__ == "__main__":
    sys.exit(run_against_mock(run))
