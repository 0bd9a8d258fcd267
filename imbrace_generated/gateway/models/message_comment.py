from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="MessageComment")


@_attrs_define(repr=False)
class MessageComment(WireAccess):
    """
    Attributes:
        field_id (str | None):
        id (str | None):
        conversation_id (str | None):
        message_id (str | None):
        content (str | None):
        user_id (str | None):
        created_at (str | None):
        updated_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "id": "id",
        "conversation_id": "conversation_id",
        "message_id": "message_id",
        "content": "content",
        "user_id": "user_id",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "_id",
            "id",
            "conversation_id",
            "message_id",
            "content",
            "user_id",
            "created_at",
            "updated_at",
        }
    )

    field_id: str | None = None
    id: str | None = None
    conversation_id: str | None = None
    message_id: str | None = None
    content: str | None = None
    user_id: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = UNSET if self.field_id is None else self.field_id

        id = UNSET if self.id is None else self.id

        conversation_id = UNSET if self.conversation_id is None else self.conversation_id

        message_id = UNSET if self.message_id is None else self.message_id

        content = UNSET if self.content is None else self.content

        user_id = UNSET if self.user_id is None else self.user_id

        created_at = UNSET if self.created_at is None else self.created_at

        updated_at = UNSET if self.updated_at is None else self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if id is not UNSET:
            field_dict["id"] = id
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if content is not UNSET:
            field_dict["content"] = content
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", None)

        id = d.pop("id", None)

        conversation_id = d.pop("conversation_id", None)

        message_id = d.pop("message_id", None)

        content = d.pop("content", None)

        user_id = d.pop("user_id", None)

        created_at = d.pop("created_at", None)

        updated_at = d.pop("updated_at", None)

        message_comment = cls(
            field_id=field_id,
            id=id,
            conversation_id=conversation_id,
            message_id=message_id,
            content=content,
            user_id=user_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        message_comment.additional_properties = d
        return message_comment

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
