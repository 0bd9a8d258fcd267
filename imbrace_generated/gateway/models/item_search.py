from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ItemSearch")


@_attrs_define(repr=False)
class ItemSearch(WireAccess):
    """
    Attributes:
        q (str | None):
        limit (int | None):
        offset (int | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "q": "q",
        "limit": "limit",
        "offset": "offset",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "q",
            "limit",
            "offset",
        }
    )

    q: str | None = None
    limit: int | None = None
    offset: int | None = None

    def to_dict(self) -> dict[str, Any]:
        q = UNSET if self.q is None else self.q

        limit = UNSET if self.limit is None else self.limit

        offset = UNSET if self.offset is None else self.offset

        field_dict: dict[str, Any] = {}

        if q is not UNSET:
            field_dict["q"] = q
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        q = d.pop("q", None)

        limit = d.pop("limit", None)

        offset = d.pop("offset", None)

        item_search = cls(
            q=q,
            limit=limit,
            offset=offset,
        )

        return item_search
