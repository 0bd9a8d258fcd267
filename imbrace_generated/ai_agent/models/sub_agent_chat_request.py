from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="SubAgentChatRequest")


@_attrs_define(repr=False)
class SubAgentChatRequest(WireAccess):
    """
    Attributes:
        assistant_id (str):
        messages (list[ChatMessage]):
        session_id (str | None): The team session (the lead agent's chat session).
        chat_id (str | None):
        organization_id (str | None):
        user_id (str | None):
        model_id (str | None):
        provider_id (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "assistant_id": "assistant_id",
        "messages": "messages",
        "session_id": "session_id",
        "chat_id": "chat_id",
        "organization_id": "organization_id",
        "user_id": "user_id",
        "model_id": "model_id",
        "provider_id": "provider_id",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "session_id",
            "chat_id",
            "organization_id",
            "user_id",
            "model_id",
            "provider_id",
        }
    )

    assistant_id: str
    messages: list[ChatMessage]
    session_id: str | None = None
    chat_id: str | None = None
    organization_id: str | None = None
    user_id: str | None = None
    model_id: str | None = None
    provider_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        assistant_id = self.assistant_id

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        session_id = UNSET if self.session_id is None else self.session_id

        chat_id = UNSET if self.chat_id is None else self.chat_id

        organization_id = UNSET if self.organization_id is None else self.organization_id

        user_id = UNSET if self.user_id is None else self.user_id

        model_id = UNSET if self.model_id is None else self.model_id

        provider_id = UNSET if self.provider_id is None else self.provider_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "assistant_id": assistant_id,
                "messages": messages,
            }
        )
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if chat_id is not UNSET:
            field_dict["chat_id"] = chat_id
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
        assistant_id = d.pop("assistant_id")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = ChatMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        session_id = d.pop("session_id", None)

        chat_id = d.pop("chat_id", None)

        organization_id = d.pop("organization_id", None)

        user_id = d.pop("user_id", None)

        model_id = d.pop("model_id", None)

        provider_id = d.pop("provider_id", None)

        sub_agent_chat_request = cls(
            assistant_id=assistant_id,
            messages=messages,
            session_id=session_id,
            chat_id=chat_id,
            organization_id=organization_id,
            user_id=user_id,
            model_id=model_id,
            provider_id=provider_id,
        )

        return sub_agent_chat_request


from ..models.chat_message import ChatMessage
