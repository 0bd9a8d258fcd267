from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ItemUpdateDataItem")


@_attrs_define
class ItemUpdateDataItem(WireAccess):
    """
    Attributes:
        key (str): The field's `_id`.
        value (Any | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "key": "key",
        "value": "value",
    }

    key: str
    value: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        value = d.pop("value", UNSET)

        item_update_data_item = cls(
            key=key,
            value=value,
        )

        return item_update_data_item
