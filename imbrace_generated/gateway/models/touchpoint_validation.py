from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireAccess

T = TypeVar("T", bound="TouchpointValidation")


@_attrs_define(repr=False)
class TouchpointValidation(WireAccess):
    """
    Attributes:
        valid (bool):
        errors (list[str]):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "valid": "valid",
        "errors": "errors",
    }

    valid: bool
    errors: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        valid = self.valid

        errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "valid": valid,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        valid = d.pop("valid")

        errors = cast(list[str], d.pop("errors"))

        touchpoint_validation = cls(
            valid=valid,
            errors=errors,
        )

        touchpoint_validation.additional_properties = d
        return touchpoint_validation

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
