from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ContactComment")


@_attrs_define(repr=False)
class ContactComment(WireAccess):
    """docs:reference/contact.md's ContactComment (`_id`, `text`, `created_at`); `content` is spec:channel.json's name for
    the text.

        Attributes:
            field_id (str):
            id (str | None):
            contact_id (str | None):
            text (str | None):
            content (str | None):
            channel_type (str | None):
            user_id (str | None):
            created_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "id": "id",
        "contact_id": "contact_id",
        "text": "text",
        "content": "content",
        "channel_type": "channel_type",
        "user_id": "user_id",
        "created_at": "created_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "contact_id",
            "text",
            "content",
            "channel_type",
            "user_id",
            "created_at",
        }
    )

    field_id: str
    id: str | None = None
    contact_id: str | None = None
    text: str | None = None
    content: str | None = None
    channel_type: str | None = None
    user_id: str | None = None
    created_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        id = UNSET if self.id is None else self.id

        contact_id = UNSET if self.contact_id is None else self.contact_id

        text = UNSET if self.text is None else self.text

        content = UNSET if self.content is None else self.content

        channel_type = UNSET if self.channel_type is None else self.channel_type

        user_id = UNSET if self.user_id is None else self.user_id

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
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if text is not UNSET:
            field_dict["text"] = text
        if content is not UNSET:
            field_dict["content"] = content
        if channel_type is not UNSET:
            field_dict["channel_type"] = channel_type
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        id = d.pop("id", None)

        contact_id = d.pop("contact_id", None)

        text = d.pop("text", None)

        content = d.pop("content", None)

        channel_type = d.pop("channel_type", None)

        user_id = d.pop("user_id", None)

        created_at = d.pop("created_at", None)

        contact_comment = cls(
            field_id=field_id,
            id=id,
            contact_id=contact_id,
            text=text,
            content=content,
            channel_type=channel_type,
            user_id=user_id,
            created_at=created_at,
        )

        contact_comment.additional_properties = d
        return contact_comment

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
