"""Every operation in the hand-kept specs records where its shape comes from (issue 12).

`x-imbrace-evidence` is a source or a list of sources: ``docs:<page>`` (a page of the official docs),
``spec:<file>#<operationId>`` (an operation of the platform's own OpenAPI documents), ``incumbent`` (the
incumbent SDK's code) or ``guess`` (then `x-imbrace-guess` says why in one line). When the official
reference folder is present, each named page, spec file and operationId must exist there, so a typo or
a renamed page cannot pass as evidence.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = [ROOT / "openapi" / "ai-agent.yaml", ROOT / "openapi" / "gateway.yaml"]
OFFICIAL = ROOT.parent / "shared" / "reference" / "official"
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def _operations() -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    for spec_path in SPECS:
        spec = yaml.safe_load(spec_path.read_text())
        for path_item in spec["paths"].values():
            for method, operation in path_item.items():
                if method in HTTP_METHODS:
                    found.append((f"{spec_path.name}:{operation['operationId']}", operation))
    return found


def _official_operation_ids() -> dict[str, set[str]]:
    """operationIds per official spec file name (empty when the folder is absent)."""
    ids: dict[str, set[str]] = {}
    specs_dir = OFFICIAL / "specs"
    if not specs_dir.is_dir():
        return ids
    for spec_file in specs_dir.glob("*.json"):
        document = json.loads(spec_file.read_text())
        ids[spec_file.name] = {
            operation["operationId"]
            for path_item in document.get("paths", {}).values()
            for method, operation in path_item.items()
            if method in HTTP_METHODS and "operationId" in operation
        }
    return ids


OPERATIONS = _operations()
OFFICIAL_IDS = _official_operation_ids()


def _sources(operation: dict[str, Any]) -> list[str]:
    evidence = operation.get("x-imbrace-evidence")
    if isinstance(evidence, str):
        return [evidence]
    if isinstance(evidence, list) and evidence and all(isinstance(item, str) for item in evidence):
        return list(evidence)
    return []


def test_both_specs_are_covered() -> None:
    assert len(OPERATIONS) >= 100
    assert {name.split(":")[0] for name, _ in OPERATIONS} == {"ai-agent.yaml", "gateway.yaml"}


@pytest.mark.parametrize(("name", "operation"), OPERATIONS, ids=[name for name, _ in OPERATIONS])
def test_operation_records_its_evidence(name: str, operation: dict[str, Any]) -> None:
    sources = _sources(operation)
    assert sources, f"{name}: x-imbrace-evidence is missing or not a string / list of strings"
    if "guess" in sources:
        reason = operation.get("x-imbrace-guess")
        assert isinstance(reason, str) and reason.strip(), f"{name}: a guess needs x-imbrace-guess"
    for source in sources:
        _check_source(name, source)


def _check_source(name: str, source: str) -> None:
    if source in ("incumbent", "guess"):
        return
    kind, _, target = source.partition(":")
    assert kind in ("docs", "spec") and target, f"{name}: unknown evidence {source!r}"
    if kind == "docs":
        docs_dir = OFFICIAL / "docs"
        if docs_dir.is_dir():
            assert (docs_dir / target).is_file(), f"{name}: no docs page {target}"
        return
    spec_file, _, operation_id = target.partition("#")
    assert operation_id, f"{name}: {source!r} must name an operationId after '#'"
    if OFFICIAL_IDS:
        assert spec_file in OFFICIAL_IDS, f"{name}: no official spec {spec_file}"
        assert operation_id in OFFICIAL_IDS[spec_file], f"{name}: {spec_file} has no {operation_id}"


# --- Query parameters the official data-board spec documents (and the docs call) are accepted -------------


def test_get_folder_takes_recursive_as_the_docs_call_it(client: Any) -> None:
    folder = client.boards.create_folder({"name": "Contracts"})
    fetched = client.boards.get_folder(folder["_id"], recursive=True)
    assert fetched.name == "Contracts"


def test_data_board_lists_take_the_official_query_parameters(client: Any) -> None:
    folder = client.boards.create_folder({"name": "Reports"})
    board = client.boards.create("Leads")
    assert [f.name for f in client.boards.search_folders(q="Rep", limit=5)] == ["Reports"]
    assert client.boards.search_files(folder_id=folder["_id"], limit=5) == []
    contents = client.boards.get_folder_contents(folder["_id"], skip=0, limit=5, recursive=True, q="x")
    assert contents.folder.name == "Reports"
    assert board["_id"] in [
        b["_id"] for b in client.boards.list(search="Leads", hidden=False, category_id="cat_1")
    ]
    assert client.boards.list_items(board["_id"], sort="-created_at", include_parent=False) == []
