from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import WireAccess

T = TypeVar("T", bound="ItemCreate")


@_attrs_define(repr=False)
class ItemCreate(WireAccess):
    """
    Attributes:
        fields (list[ItemFieldValue]):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "fields": "fields",
    }

    fields: list[ItemFieldValue]

    def to_dict(self) -> dict[str, Any]:
        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = ItemFieldValue.from_dict(fields_item_data)

            fields.append(fields_item)

        item_create = cls(
            fields=fields,
        )

        return item_create


from ..models.item_field_value import ItemFieldValue
