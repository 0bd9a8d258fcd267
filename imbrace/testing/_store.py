"""In-memory state of one mock server: named tables of JSON objects, and counters of applied effects."""

from __future__ import annotations

import itertools
import threading
import uuid
from collections import Counter
from contextvars import ContextVar
from typing import Any

OWNER: ContextVar[str | None] = ContextVar("imbrace_mock_owner", default=None)
"""The organization of the request being handled (or being seeded): rows stored meanwhile belong to it."""


class Table(dict[str, Any]):
    """One store table. A row (a dict) stored while a request is handled, or while seeding, records the
    caller's organization in ``organization_id`` when it names none, so every collection can be scoped to
    its organization (``x-imbrace-crud: {scope: organization_id}``) and two organizations never mix."""

    def __setitem__(self, key: str, value: Any) -> None:
        owner = OWNER.get()
        if owner is not None and isinstance(value, dict) and "organization_id" not in value:
            value["organization_id"] = owner
        super().__setitem__(key, value)

    def setdefault(self, key: str, default: Any = None) -> Any:
        if key not in self:
            self[key] = default
        return self[key]


class Store:
    """Tables are plain dicts keyed by id; handlers take ``store.lock`` around read-modify-write."""

    def __init__(self) -> None:
        self.lock: threading.RLock = threading.RLock()
        self._tables: dict[str, dict[str, Any]] = {}
        self.effects: Counter[str] = Counter()  # side effects actually applied, per operationId
        self._seq = itertools.count(1)
        # 2026-01-01T00:00:00Z, advanced by tick(): timestamps are deterministic.
        self.clock: float = 1_767_225_600.0

    def table(self, name: str) -> dict[str, Any]:
        with self.lock:
            return self._tables.setdefault(name, Table())

    def new_id(self, prefix: str = "") -> str:
        """Deterministic per server: ``prefix`` + a counter, or a UUID-shaped id when no prefix is given."""
        n = next(self._seq)
        if prefix:
            return f"{prefix}{n:06d}"
        return str(uuid.UUID(int=(0x5EED << 96) | n))

    def tick(self) -> str:
        """A deterministic, increasing ISO-8601 timestamp."""
        import datetime

        with self.lock:
            self.clock += 1.0
            return (
                datetime.datetime.fromtimestamp(self.clock, datetime.UTC).isoformat().replace("+00:00", "Z")
            )
