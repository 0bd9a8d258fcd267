from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ConversationVideoCall")


@_attrs_define(repr=False)
class ConversationVideoCall(WireAccess):
    """
    Attributes:
        conversation (Conversation | None): docs:reference/conversation.md's Conversation, plus the mock's assignment
            fields.
        room_name (str | None):
        url (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "conversation": "conversation",
        "room_name": "room_name",
        "url": "url",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "conversation",
            "room_name",
            "url",
        }
    )

    conversation: Conversation | None = None
    room_name: str | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _conversation = UNSET if self.conversation is None else self.conversation

        conversation: dict[str, Any] | Unset = UNSET
        if not isinstance(_conversation, Unset):
            conversation = _conversation.to_dict()

        room_name = UNSET if self.room_name is None else self.room_name

        url = UNSET if self.url is None else self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if room_name is not UNSET:
            field_dict["room_name"] = room_name
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _conversation = d.pop("conversation", None)
        conversation = None if _conversation is None else Conversation.from_dict(_conversation)

        room_name = d.pop("room_name", None)

        url = d.pop("url", None)

        conversation_video_call = cls(
            conversation=conversation,
            room_name=room_name,
            url=url,
        )

        conversation_video_call.additional_properties = d
        return conversation_video_call

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.conversation import Conversation
