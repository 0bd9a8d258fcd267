"""Generated models: dict access by wire name and attribute access, nested, with to_dict() intact."""

from __future__ import annotations

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
