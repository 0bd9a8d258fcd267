from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ClientChat")


@_attrs_define
class ClientChat(WireAccess):
    """
    Attributes:
        id (str):
        title (str | Unset):
        assistant_id (str | Unset):
        organization_id (str | Unset):
        user_id (str | Unset):
        visibility (str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        messages (list[ClientMessage] | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "id": "id",
        "title": "title",
        "assistantId": "assistant_id",
        "organizationId": "organization_id",
        "userId": "user_id",
        "visibility": "visibility",
        "createdAt": "created_at",
        "updatedAt": "updated_at",
        "messages": "messages",
    }

    id: str
    title: str | Unset = UNSET
    assistant_id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    visibility: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    messages: list[ClientMessage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        assistant_id = self.assistant_id

        organization_id = self.organization_id

        user_id = self.user_id

        visibility = self.visibility

        created_at = self.created_at

        updated_at = self.updated_at

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if assistant_id is not UNSET:
            field_dict["assistantId"] = assistant_id
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title", UNSET)

        assistant_id = d.pop("assistantId", UNSET)

        organization_id = d.pop("organizationId", UNSET)

        user_id = d.pop("userId", UNSET)

        visibility = d.pop("visibility", UNSET)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: list[ClientMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = ClientMessage.from_dict(messages_item_data)

                messages.append(messages_item)

        client_chat = cls(
            id=id,
            title=title,
            assistant_id=assistant_id,
            organization_id=organization_id,
            user_id=user_id,
            visibility=visibility,
            created_at=created_at,
            updated_at=updated_at,
            messages=messages,
        )

        client_chat.additional_properties = d
        return client_chat

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.client_message import ClientMessage
