from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ItemUpdateDataItem")


@_attrs_define(repr=False)
class ItemUpdateDataItem(WireAccess):
    """
    Attributes:
        key (str): The field's `_id`.
        value (Any | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "key": "key",
        "value": "value",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "value",
        }
    )

    key: str
    value: Any | None = None

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = UNSET if self.value is None else self.value

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

        value = d.pop("value", None)

        item_update_data_item = cls(
            key=key,
            value=value,
        )

        return item_update_data_item
