from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import WireAccess

T = TypeVar("T", bound="ItemUpdate")


@_attrs_define(repr=False)
class ItemUpdate(WireAccess):
    """
    Attributes:
        data (list[ItemUpdateDataItem]):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "data": "data",
    }

    data: list[ItemUpdateDataItem]

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ItemUpdateDataItem.from_dict(data_item_data)

            data.append(data_item)

        item_update = cls(
            data=data,
        )

        return item_update


from ..models.item_update_data_item import ItemUpdateDataItem
