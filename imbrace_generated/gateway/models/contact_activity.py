from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ContactActivity")


@_attrs_define(repr=False)
class ContactActivity(WireAccess):
    """An entry of a contact's activity log (`type`: created, updated, comment, file, message, ...).

    Attributes:
        field_id (str):
        type_ (str):
        contact_id (str | None):
        conversation_id (str | None):
        text (str | None):
        created_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "type": "type_",
        "contact_id": "contact_id",
        "conversation_id": "conversation_id",
        "text": "text",
        "created_at": "created_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "contact_id",
            "conversation_id",
            "text",
            "created_at",
        }
    )

    field_id: str
    type_: str
    contact_id: str | None = None
    conversation_id: str | None = None
    text: str | None = None
    created_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        type_ = self.type_

        contact_id = UNSET if self.contact_id is None else self.contact_id

        conversation_id = UNSET if self.conversation_id is None else self.conversation_id

        text = UNSET if self.text is None else self.text

        created_at = UNSET if self.created_at is None else self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "type": type_,
            }
        )
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if text is not UNSET:
            field_dict["text"] = text
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        type_ = d.pop("type")

        contact_id = d.pop("contact_id", None)

        conversation_id = d.pop("conversation_id", None)

        text = d.pop("text", None)

        created_at = d.pop("created_at", None)

        contact_activity = cls(
            field_id=field_id,
            type_=type_,
            contact_id=contact_id,
            conversation_id=conversation_id,
            text=text,
            created_at=created_at,
        )

        contact_activity.additional_properties = d
        return contact_activity

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
