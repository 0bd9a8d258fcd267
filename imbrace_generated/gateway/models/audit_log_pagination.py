from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="AuditLogPagination")


@_attrs_define(repr=False)
class AuditLogPagination(WireAccess):
    """Where a page sits (guess).

    Attributes:
        page (int | None):
        limit (int | None):
        total (int | None):
        total_pages (int | None):
        has_more (bool | None):
        next_cursor (None | str):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "page": "page",
        "limit": "limit",
        "total": "total",
        "totalPages": "total_pages",
        "hasMore": "has_more",
        "nextCursor": "next_cursor",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "page",
            "limit",
            "total",
            "totalPages",
            "hasMore",
            "nextCursor",
        }
    )

    page: int | None = None
    limit: int | None = None
    total: int | None = None
    total_pages: int | None = None
    has_more: bool | None = None
    next_cursor: None | str = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _explicit_nulls: tuple[str, ...] = _attrs_field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # A nullable optional field given (or sent) as None is an explicit null; one left UNSET was not sent.
        nulls: tuple[str, ...] = ()
        if self.next_cursor is None:
            nulls += ("nextCursor",)
        elif self.next_cursor is UNSET:
            self.next_cursor = None
        self._explicit_nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        page = UNSET if self.page is None else self.page

        limit = UNSET if self.limit is None else self.limit

        total = UNSET if self.total is None else self.total

        total_pages = UNSET if self.total_pages is None else self.total_pages

        has_more = UNSET if self.has_more is None else self.has_more

        _next_cursor = (
            UNSET if self.next_cursor is None and "nextCursor" not in self._explicit_nulls else self.next_cursor
        )

        next_cursor: None | str | Unset
        if isinstance(_next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = _next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit
        if total is not UNSET:
            field_dict["total"] = total
        if total_pages is not UNSET:
            field_dict["totalPages"] = total_pages
        if has_more is not UNSET:
            field_dict["hasMore"] = has_more
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page = d.pop("page", None)

        limit = d.pop("limit", None)

        total = d.pop("total", None)

        total_pages = d.pop("totalPages", None)

        has_more = d.pop("hasMore", None)

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("nextCursor", UNSET))

        audit_log_pagination = cls(
            page=page,
            limit=limit,
            total=total,
            total_pages=total_pages,
            has_more=has_more,
            next_cursor=next_cursor,
        )

        audit_log_pagination.additional_properties = d
        return audit_log_pagination

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
