from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireAccess

T = TypeVar("T", bound="DeletedChats")


@_attrs_define(repr=False)
class DeletedChats(WireAccess):
    """
    Attributes:
        deleted_count (int):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "deletedCount": "deleted_count",
    }

    deleted_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted_count = self.deleted_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deletedCount": deleted_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deleted_count = d.pop("deletedCount")

        deleted_chats = cls(
            deleted_count=deleted_count,
        )

        deleted_chats.additional_properties = d
        return deleted_chats

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
