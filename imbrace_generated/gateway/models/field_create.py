from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="FieldCreate")


@_attrs_define(repr=False)
class FieldCreate(WireAccess):
    """
    Attributes:
        name (str):
        type_ (str): ShortText, LongText, Number, Dropdown, Date, Checkbox, ...
        options (list[Any] | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "type": "type_",
        "options": "options",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "options",
        }
    )

    name: str
    type_: str
    options: list[Any] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        _options = UNSET if self.options is None else self.options

        options: list[Any] | Unset = UNSET
        if not isinstance(_options, Unset):
            options = _options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = d.pop("type")

        options = cast(list[Any], d.pop("options", None))

        field_create = cls(
            name=name,
            type_=type_,
            options=options,
        )

        field_create.additional_properties = d
        return field_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
