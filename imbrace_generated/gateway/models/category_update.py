from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="CategoryUpdate")


@_attrs_define(repr=False)
class CategoryUpdate(WireAccess):
    """
    Attributes:
        name (str | None):
        description (str | None):
        apply_to (list[Any] | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "description": "description",
        "apply_to": "apply_to",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "description",
            "apply_to",
        }
    )

    name: str | None = None
    description: str | None = None
    apply_to: list[Any] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = UNSET if self.name is None else self.name

        description = UNSET if self.description is None else self.description

        _apply_to = UNSET if self.apply_to is None else self.apply_to

        apply_to: list[Any] | Unset = UNSET
        if not isinstance(_apply_to, Unset):
            apply_to = _apply_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if apply_to is not UNSET:
            field_dict["apply_to"] = apply_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", None)

        description = d.pop("description", None)

        apply_to = cast(list[Any], d.pop("apply_to", None))

        category_update = cls(
            name=name,
            description=description,
            apply_to=apply_to,
        )

        category_update.additional_properties = d
        return category_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
