from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireAccess

T = TypeVar("T", bound="ConversationRename")


@_attrs_define(repr=False)
class ConversationRename(WireAccess):
    """
    Attributes:
        conversation_id (str):
        name (str):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "conversation_id": "conversation_id",
        "name": "name",
    }

    conversation_id: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        conversation_id = d.pop("conversation_id")

        name = d.pop("name")

        conversation_rename = cls(
            conversation_id=conversation_id,
            name=name,
        )

        conversation_rename.additional_properties = d
        return conversation_rename

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
