from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ContactList")


@_attrs_define(repr=False)
class ContactList(WireAccess):
    """A page of contacts. docs:reference/contact.md reads `data`; `total`, `skip`, `limit` and `has_more` are the mock's
    paging fields (docs api-overview: `{data, total, page, limit}`).

        Attributes:
            data (list[ChannelContact]):
            total (int | None):
            skip (int | None):
            limit (int | None):
            page (int | None):
            has_more (bool | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "data": "data",
        "total": "total",
        "skip": "skip",
        "limit": "limit",
        "page": "page",
        "has_more": "has_more",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "total",
            "skip",
            "limit",
            "page",
            "has_more",
        }
    )

    data: list[ChannelContact]
    total: int | None = None
    skip: int | None = None
    limit: int | None = None
    page: int | None = None
    has_more: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        total = UNSET if self.total is None else self.total

        skip = UNSET if self.skip is None else self.skip

        limit = UNSET if self.limit is None else self.limit

        page = UNSET if self.page is None else self.page

        has_more = UNSET if self.has_more is None else self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total
        if skip is not UNSET:
            field_dict["skip"] = skip
        if limit is not UNSET:
            field_dict["limit"] = limit
        if page is not UNSET:
            field_dict["page"] = page
        if has_more is not UNSET:
            field_dict["has_more"] = has_more

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ChannelContact.from_dict(data_item_data)

            data.append(data_item)

        total = d.pop("total", None)

        skip = d.pop("skip", None)

        limit = d.pop("limit", None)

        page = d.pop("page", None)

        has_more = d.pop("has_more", None)

        contact_list = cls(
            data=data,
            total=total,
            skip=skip,
            limit=limit,
            page=page,
            has_more=has_more,
        )

        contact_list.additional_properties = d
        return contact_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.channel_contact import ChannelContact
