from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="NameCheck")


@_attrs_define(repr=False)
class NameCheck(WireAccess):
    """
    Attributes:
        available (bool):
        name (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "available": "available",
        "name": "name",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
        }
    )

    available: bool
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available = self.available

        name = UNSET if self.name is None else self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available": available,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available = d.pop("available")

        name = d.pop("name", None)

        name_check = cls(
            available=available,
            name=name,
        )

        name_check.additional_properties = d
        return name_check

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
