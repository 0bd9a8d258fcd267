from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ItemSearch")


@_attrs_define
class ItemSearch(WireAccess):
    """
    Attributes:
        q (str | Unset):
        limit (int | Unset):
        offset (int | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "q": "q",
        "limit": "limit",
        "offset": "offset",
    }

    q: str | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        q = self.q

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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
        q = d.pop("q", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        item_search = cls(
            q=q,
            limit=limit,
            offset=offset,
        )

        return item_search
