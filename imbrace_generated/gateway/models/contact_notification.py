from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ContactNotification")


@_attrs_define(repr=False)
class ContactNotification(WireAccess):
    """An in-app notification of the signed-in user (the fields are the mock's reading).

    Attributes:
        field_id (str):
        id (str | None):
        type_ (str | None):
        title (str | None):
        text (str | None):
        read (bool | None):
        user_id (str | None):
        conversation_id (str | None):
        created_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "id": "id",
        "type": "type_",
        "title": "title",
        "text": "text",
        "read": "read",
        "user_id": "user_id",
        "conversation_id": "conversation_id",
        "created_at": "created_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "type",
            "title",
            "text",
            "read",
            "user_id",
            "conversation_id",
            "created_at",
        }
    )

    field_id: str
    id: str | None = None
    type_: str | None = None
    title: str | None = None
    text: str | None = None
    read: bool | None = None
    user_id: str | None = None
    conversation_id: str | None = None
    created_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        id = UNSET if self.id is None else self.id

        type_ = UNSET if self.type_ is None else self.type_

        title = UNSET if self.title is None else self.title

        text = UNSET if self.text is None else self.text

        read = UNSET if self.read is None else self.read

        user_id = UNSET if self.user_id is None else self.user_id

        conversation_id = UNSET if self.conversation_id is None else self.conversation_id

        created_at = UNSET if self.created_at is None else self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if text is not UNSET:
            field_dict["text"] = text
        if read is not UNSET:
            field_dict["read"] = read
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        id = d.pop("id", None)

        type_ = d.pop("type", None)

        title = d.pop("title", None)

        text = d.pop("text", None)

        read = d.pop("read", None)

        user_id = d.pop("user_id", None)

        conversation_id = d.pop("conversation_id", None)

        created_at = d.pop("created_at", None)

        contact_notification = cls(
            field_id=field_id,
            id=id,
            type_=type_,
            title=title,
            text=text,
            read=read,
            user_id=user_id,
            conversation_id=conversation_id,
            created_at=created_at,
        )

        contact_notification.additional_properties = d
        return contact_notification

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
