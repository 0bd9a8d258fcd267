"""Generated models: dict access by wire name and attribute access, nested, with to_dict() intact."""

from __future__ import annotations

from typing import Any

import pytest

from imbrace_generated.ai_agent.models import Health, TextDeltaChunk
from imbrace_generated.ai_agent.types import JSONObject, path_segment


def test_wire_name_and_attribute_access() -> None:
    h = Health.from_dict({"status": "ok", "checks": {"db": "up"}, "extra": {"a": {"b": [{"c": 1}]}}})
    assert h["status"] == h.status == h.get("status") == "ok"
    assert "checks" in h and "nope" not in h and h.get("nope", "-") == "-"
    assert h["checks"]["db"] == "up" and h.checks.db == "up"
    assert h["extra"] == {"a": {"b": [{"c": 1}]}} and h.extra.a.b[0].c == 1
    assert isinstance(h.extra, JSONObject)
    assert sorted(h.keys()) == ["checks", "extra", "status"] and dict(h.items())["status"] == "ok"
    assert h.to_dict() == {"status": "ok", "checks": {"db": "up"}, "extra": {"a": {"b": [{"c": 1}]}}}
    with pytest.raises(KeyError):
        h["missing"]
    with pytest.raises(AttributeError):
        _ = h.missing


def test_unset_optional_fields_are_absent() -> None:
    h = Health.from_dict({"status": "ok"})
    assert "checks" not in h and h.get("checks") is None


def test_renamed_wire_fields() -> None:
    chunk = TextDeltaChunk.from_dict({"type": "text-delta", "id": "t", "delta": "x"})
    assert chunk["type"] == chunk.type_ == "text-delta"


@pytest.mark.parametrize(
    ("value", "encoded"),
    [
        ("a/b", "a%2Fb"),
        ("exports/users.parquet", "exports%2Fusers.parquet"),
        ("a?b=1", "a%3Fb%3D1"),
        ("é", "%C3%A9"),
        ("..a", "..a"),
    ],
)
def test_path_segments_are_encoded(value: str, encoded: str) -> None:
    assert path_segment("id", value) == encoded


@pytest.mark.parametrize("value", ["", ".", ".."])
def test_dot_segments_are_rejected(value: str) -> None:
    with pytest.raises(ValueError, match="'id'"):
        path_segment("id", value)


# -- the model template on every kind of property ------------------------------------------------------
# A tiny spec with the property kinds the real specs do not all use yet (date-time, date, uuid, enums,
# nullable unions, typed additional properties, files), generated with the project's templates into two
# services: the home of the shared types (ai_agent) and another one that re-exports them.
SAMPLE_SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Sample", "version": "1"},
    "paths": {
        "/things": {
            "post": {
                "operationId": "create_thing",
                "tags": ["things"],
                "requestBody": {
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Part": {"type": "object", "required": ["n"], "properties": {"n": {"type": "integer"}}},
            "Thing": {
                "type": "object",
                "required": ["id", "when"],
                "properties": {
                    "id": {"type": "string", "format": "uuid"},
                    "when": {"type": "string", "format": "date-time"},
                    "day": {"type": "string", "format": "date"},
                    "at": {"type": "string", "format": "date-time"},
                    "kind": {"type": "string", "enum": ["a", "b"]},
                    "note": {"type": ["string", "null"]},
                    "parts": {"type": "array", "items": {"$ref": "#/components/schemas/Part"}},
                    "main": {"$ref": "#/components/schemas/Part"},
                    "either": {"oneOf": [{"$ref": "#/components/schemas/Part"}, {"type": "string"}]},
                    "tags": {"type": "array", "items": {"type": "string"}},
                },
                "additionalProperties": {"$ref": "#/components/schemas/Part"},
            },
        }
    },
}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Any:
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    out = tmp_path_factory.mktemp("gen") / "imbrace_sample"
    out.mkdir()
    (out / "__init__.py").write_text("")
    spec = out.parent / "sample.json"
    spec.write_text(json.dumps(SAMPLE_SPEC))
    env = {**os.environ, "IMBRACE_GEN_RUFF": str(root / "templates" / "ruff-generated.toml")}
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    for service in ("ai_agent", "other"):
        subprocess.run(
            [str(Path(sys.executable).parent / "openapi-python-client"), "generate", "--path", str(spec)]
            + [
                "--config",
                str(root / "generator-config.yaml"),
                "--custom-template-path",
                str(root / "templates"),
            ]
            + ["--meta", "none", "--overwrite", "--output-path", str(out / service)],
            env=env,
            check=True,
            capture_output=True,
            timeout=300,
        )
    sys.path.insert(0, str(out.parent))
    try:
        import imbrace_sample.ai_agent.models as home
        import imbrace_sample.other.models as other
    finally:
        sys.path.remove(str(out.parent))
    return home, other


def test_template_shares_one_unset_between_services(sample: Any) -> None:
    import importlib

    home, other = sample
    home_types = importlib.import_module("imbrace_sample.ai_agent.types")
    other_types = importlib.import_module("imbrace_sample.other.types")
    assert other_types.Unset is home_types.Unset and other_types.UNSET is home_types.UNSET
    assert other_types.WireAccess is home_types.WireAccess and issubclass(other.Thing, home_types.WireAccess)


def test_template_round_trips_every_kind_of_property(sample: Any) -> None:
    import datetime
    import json
    import uuid

    thing_cls = sample[1].Thing
    wire = {
        "id": "6f1c2b1e-0d7a-4d3f-9c55-2a8e1f1b9a10",
        "when": "2026-11-24T10:00:00+00:00",
        "day": "2026-11-24",
        "kind": "b",
        "note": None,
        "parts": [{"n": 1}],
        "main": {"n": 2},
        "either": "text",
        "tags": ["x"],
        "extra": {"n": 3},
    }
    thing = thing_cls.from_dict(wire)
    assert isinstance(thing.id, uuid.UUID) and isinstance(thing.when, datetime.datetime)
    assert thing.day == datetime.date(2026, 11, 24) and thing.at is None and thing.note is None
    assert thing.parts[0].n == 1 and thing.main.n == 2 and thing.either == "text"
    assert thing["extra"].n == 3 and thing.extra.n == 3
    assert "note" in thing and "at" not in thing
    assert json.loads(json.dumps(thing.to_dict())) == wire  # ISO strings, nested models, the explicit null
    sparse = thing_cls.from_dict({"id": wire["id"], "when": wire["when"]})
    assert sparse.day is None and sparse.parts is None and sparse.either is None and sparse.kind is None
    assert sparse.to_dict() == {"id": wire["id"], "when": wire["when"]}
    assert repr(sparse) == f"Thing(id=UUID('{wire['id']}'), when={sparse.when!r})"
