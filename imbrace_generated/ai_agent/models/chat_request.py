from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ChatRequest")


@_attrs_define(repr=False)
class ChatRequest(WireAccess):
    """
    Attributes:
        id (UUID): The session id; reuse it to keep the history.
        assistant_id (str):
        messages (list[ChatMessage]):
        organization_id (str | None):
        user_id (str | None):
        model_id (str | None):
        provider_id (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "id": "id",
        "assistant_id": "assistant_id",
        "messages": "messages",
        "organization_id": "organization_id",
        "user_id": "user_id",
        "model_id": "model_id",
        "provider_id": "provider_id",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "organization_id",
            "user_id",
            "model_id",
            "provider_id",
        }
    )

    id: UUID
    assistant_id: str
    messages: list[ChatMessage]
    organization_id: str | None = None
    user_id: str | None = None
    model_id: str | None = None
    provider_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        assistant_id = self.assistant_id

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        organization_id = UNSET if self.organization_id is None else self.organization_id

        user_id = UNSET if self.user_id is None else self.user_id

        model_id = UNSET if self.model_id is None else self.model_id

        provider_id = UNSET if self.provider_id is None else self.provider_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "assistant_id": assistant_id,
                "messages": messages,
            }
        )
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        assistant_id = d.pop("assistant_id")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = ChatMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        organization_id = d.pop("organization_id", None)

        user_id = d.pop("user_id", None)

        model_id = d.pop("model_id", None)

        provider_id = d.pop("provider_id", None)

        chat_request = cls(
            id=id,
            assistant_id=assistant_id,
            messages=messages,
            organization_id=organization_id,
            user_id=user_id,
            model_id=model_id,
            provider_id=provider_id,
        )

        return chat_request


from ..models.chat_message import ChatMessage
