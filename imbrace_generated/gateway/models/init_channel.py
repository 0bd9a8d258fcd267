from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="InitChannel")


@_attrs_define(repr=False)
class InitChannel(WireAccess):
    """The body of spec:channel.json#initDefaultWebChannel.

    Attributes:
        name (str | None): The channel's name when it is created.
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
        }
    )

    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = UNSET if self.name is None else self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", None)

        init_channel = cls(
            name=name,
        )

        init_channel.additional_properties = d
        return init_channel

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
