from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="EmbeddingFilePagePagination")


@_attrs_define
class EmbeddingFilePagePagination(WireAccess):
    """
    Attributes:
        page (int | Unset):
        limit (int | Unset):
        total (int | Unset):
        total_pages (int | Unset):
        has_next (bool | Unset):
        has_prev (bool | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "page": "page",
        "limit": "limit",
        "total": "total",
        "total_pages": "total_pages",
        "has_next": "has_next",
        "has_prev": "has_prev",
    }

    page: int | Unset = UNSET
    limit: int | Unset = UNSET
    total: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    has_next: bool | Unset = UNSET
    has_prev: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        limit = self.limit

        total = self.total

        total_pages = self.total_pages

        has_next = self.has_next

        has_prev = self.has_prev

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        total = d.pop("total", UNSET)

        total_pages = d.pop("total_pages", UNSET)

        has_next = d.pop("has_next", UNSET)

        has_prev = d.pop("has_prev", UNSET)

        embedding_file_page_pagination = cls(
            page=page,
            limit=limit,
            total=total,
            total_pages=total_pages,
            has_next=has_next,
            has_prev=has_prev,
        )

        embedding_file_page_pagination.additional_properties = d
        return embedding_file_page_pagination

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
