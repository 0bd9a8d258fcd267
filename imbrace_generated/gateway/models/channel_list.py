from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ChannelList")


@_attrs_define(repr=False)
class ChannelList(WireAccess):
    """The incumbent's PagedResponse `{data, total, pagination?}`; the docs read `.data`.

    Attributes:
        data (list[Channel]):
        total (int | None):
        limit (int | None):
        offset (int | None):
        pagination (ChannelPageInfo | None): The incumbent's PageInfo (types/common.py), sent when a list is paged by
            `page`.
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "data": "data",
        "total": "total",
        "limit": "limit",
        "offset": "offset",
        "pagination": "pagination",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "total",
            "limit",
            "offset",
            "pagination",
        }
    )

    data: list[Channel]
    total: int | None = None
    limit: int | None = None
    offset: int | None = None
    pagination: ChannelPageInfo | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        total = UNSET if self.total is None else self.total

        limit = UNSET if self.limit is None else self.limit

        offset = UNSET if self.offset is None else self.offset

        _pagination = UNSET if self.pagination is None else self.pagination

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(_pagination, Unset):
            pagination = _pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Channel.from_dict(data_item_data)

            data.append(data_item)

        total = d.pop("total", None)

        limit = d.pop("limit", None)

        offset = d.pop("offset", None)

        _pagination = d.pop("pagination", None)
        pagination = None if _pagination is None else ChannelPageInfo.from_dict(_pagination)

        channel_list = cls(
            data=data,
            total=total,
            limit=limit,
            offset=offset,
            pagination=pagination,
        )

        channel_list.additional_properties = d
        return channel_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.channel import Channel
from ..models.channel_page_info import ChannelPageInfo
