from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="SuggestedField")


@_attrs_define(repr=False)
class SuggestedField(WireAccess):
    """
    Attributes:
        name (str):
        suggested_type (str):
        description (str | None):
        example (Any | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "suggestedType": "suggested_type",
        "description": "description",
        "example": "example",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "example",
        }
    )

    name: str
    suggested_type: str
    description: str | None = None
    example: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        suggested_type = self.suggested_type

        description = UNSET if self.description is None else self.description

        example = UNSET if self.example is None else self.example

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "suggestedType": suggested_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if example is not UNSET:
            field_dict["example"] = example

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        suggested_type = d.pop("suggestedType")

        description = d.pop("description", None)

        example = d.pop("example", None)

        suggested_field = cls(
            name=name,
            suggested_type=suggested_type,
            description=description,
            example=example,
        )

        suggested_field.additional_properties = d
        return suggested_field

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
