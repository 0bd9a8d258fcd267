from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ContactSearch")


@_attrs_define(repr=False)
class ContactSearch(WireAccess):
    """spec:channel.json#searchContacts's body.

    Attributes:
        query (str):
        limit (int | None):
        offset (int | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "query": "query",
        "limit": "limit",
        "offset": "offset",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "limit",
            "offset",
        }
    )

    query: str
    limit: int | None = None
    offset: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        limit = UNSET if self.limit is None else self.limit

        offset = UNSET if self.offset is None else self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        query = d.pop("query")

        limit = d.pop("limit", None)

        offset = d.pop("offset", None)

        contact_search = cls(
            query=query,
            limit=limit,
            offset=offset,
        )

        contact_search.additional_properties = d
        return contact_search

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
