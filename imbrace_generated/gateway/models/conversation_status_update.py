from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_status import ConversationStatus, check_conversation_status
from ..types import WireAccess

T = TypeVar("T", bound="ConversationStatusUpdate")


@_attrs_define(repr=False)
class ConversationStatusUpdate(WireAccess):
    """
    Attributes:
        conversation_id (str):
        status (ConversationStatus): The docs' statuses (`open`, `resolved`); `closed` is the issue's (a guess).
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "conversation_id": "conversation_id",
        "status": "status",
    }

    conversation_id: str
    status: ConversationStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        conversation_id = d.pop("conversation_id")

        status = check_conversation_status(d.pop("status"))

        conversation_status_update = cls(
            conversation_id=conversation_id,
            status=status,
        )

        conversation_status_update.additional_properties = d
        return conversation_status_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
