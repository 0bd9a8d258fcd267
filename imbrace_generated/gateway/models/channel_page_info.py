from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ChannelPageInfo")


@_attrs_define(repr=False)
class ChannelPageInfo(WireAccess):
    """The incumbent's PageInfo (types/common.py), sent when a list is paged by `page`.

    Attributes:
        page (int | None):
        limit (int | None):
        total (int | None):
        total_pages (int | None):
        has_next (bool | None):
        has_prev (bool | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "page": "page",
        "limit": "limit",
        "total": "total",
        "total_pages": "total_pages",
        "has_next": "has_next",
        "has_prev": "has_prev",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "page",
            "limit",
            "total",
            "total_pages",
            "has_next",
            "has_prev",
        }
    )

    page: int | None = None
    limit: int | None = None
    total: int | None = None
    total_pages: int | None = None
    has_next: bool | None = None
    has_prev: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = UNSET if self.page is None else self.page

        limit = UNSET if self.limit is None else self.limit

        total = UNSET if self.total is None else self.total

        total_pages = UNSET if self.total_pages is None else self.total_pages

        has_next = UNSET if self.has_next is None else self.has_next

        has_prev = UNSET if self.has_prev is None else self.has_prev

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit
        if total is not UNSET:
            field_dict["total"] = total
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if has_next is not UNSET:
            field_dict["has_next"] = has_next
        if has_prev is not UNSET:
            field_dict["has_prev"] = has_prev

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page = d.pop("page", None)

        limit = d.pop("limit", None)

        total = d.pop("total", None)

        total_pages = d.pop("total_pages", None)

        has_next = d.pop("has_next", None)

        has_prev = d.pop("has_prev", None)

        channel_page_info = cls(
            page=page,
            limit=limit,
            total=total,
            total_pages=total_pages,
            has_next=has_next,
            has_prev=has_prev,
        )

        channel_page_info.additional_properties = d
        return channel_page_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
