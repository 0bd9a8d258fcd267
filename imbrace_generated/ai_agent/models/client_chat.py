from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ClientChat")


@_attrs_define(repr=False)
class ClientChat(WireAccess):
    """
    Attributes:
        id (str):
        title (str | None):
        assistant_id (str | None):
        organization_id (str | None):
        user_id (str | None):
        visibility (str | None):
        created_at (str | None):
        updated_at (str | None):
        messages (list[ClientMessage] | None):
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
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "title",
            "assistantId",
            "organizationId",
            "userId",
            "visibility",
            "createdAt",
            "updatedAt",
            "messages",
        }
    )

    id: str
    title: str | None = None
    assistant_id: str | None = None
    organization_id: str | None = None
    user_id: str | None = None
    visibility: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    messages: list[ClientMessage] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = UNSET if self.title is None else self.title

        assistant_id = UNSET if self.assistant_id is None else self.assistant_id

        organization_id = UNSET if self.organization_id is None else self.organization_id

        user_id = UNSET if self.user_id is None else self.user_id

        visibility = UNSET if self.visibility is None else self.visibility

        created_at = UNSET if self.created_at is None else self.created_at

        updated_at = UNSET if self.updated_at is None else self.updated_at

        _messages = UNSET if self.messages is None else self.messages

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_messages, Unset):
            messages = []
            for messages_item_data in _messages:
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

        title = d.pop("title", None)

        assistant_id = d.pop("assistantId", None)

        organization_id = d.pop("organizationId", None)

        user_id = d.pop("userId", None)

        visibility = d.pop("visibility", None)

        created_at = d.pop("createdAt", None)

        updated_at = d.pop("updatedAt", None)

        _messages = d.pop("messages", UNSET)
        messages: list[ClientMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = ClientMessage.from_dict(messages_item_data)

                messages.append(messages_item)

        if messages is UNSET:
            messages = None

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
