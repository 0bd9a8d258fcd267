from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireAccess

T = TypeVar("T", bound="SuggestedFields")


@_attrs_define(repr=False)
class SuggestedFields(WireAccess):
    """
    Attributes:
        fields (list[SuggestedField]):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "fields": "fields",
    }

    fields: list[SuggestedField]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
            fields_item = SuggestedField.from_dict(fields_item_data)

            fields.append(fields_item)

        suggested_fields = cls(
            fields=fields,
        )

        suggested_fields.additional_properties = d
        return suggested_fields

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.suggested_field import SuggestedField
