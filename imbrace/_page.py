"""One page of a list reply: a ``list`` of its items that also answers the envelope's keys.

The data-board service wraps lists in ``{"data": [...], ...}``. Code written for it reads either form:
``for board in client.boards.list()`` and ``client.boards.list().get("data", [])`` (the official docs) both
work, as do ``page["total"]`` and ``page.data``. A bare list reply gives a page with no other keys.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, SupportsIndex, TypeVar, overload

T = TypeVar("T")
ENVELOPE_KEY = "data"


class Page(list[T]):
    """The items of one page (a real ``list``: ``json.dumps``, ``==`` and slicing work), plus the envelope."""

    __slots__ = ("envelope",)

    def __init__(self, items: Iterable[T] = (), envelope: Mapping[str, Any] | None = None) -> None:
        super().__init__(items)
        self.envelope: Mapping[str, Any] | None = envelope

    @property
    def data(self) -> list[T]:
        """The items, as the envelope's ``data`` key names them."""
        return self

    def get(self, key: str, default: Any = None) -> Any:
        """An envelope key: ``"data"`` is the items; others (``"total"``) come from the reply."""
        try:
            return self[key]
        except KeyError:
            return default

    @overload
    def __getitem__(self, key: SupportsIndex) -> T: ...
    @overload
    def __getitem__(self, key: slice) -> list[T]: ...
    @overload
    def __getitem__(self, key: str) -> Any: ...
    def __getitem__(self, key: SupportsIndex | slice | str) -> Any:
        if not isinstance(key, str):
            return super().__getitem__(key)
        if key == ENVELOPE_KEY:
            return self
        if self.envelope is None:
            raise KeyError(key)
        return self.envelope[key]

    def __repr__(self) -> str:
        return f"Page({list.__repr__(self)})"
