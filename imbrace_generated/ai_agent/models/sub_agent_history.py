from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="SubAgentHistory")


@_attrs_define(repr=False)
class SubAgentHistory(WireAccess):
    """
    Attributes:
        session_id (str):
        chat_id (str):
        messages (list[StoredMessage]):
        assistant_id (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "session_id": "session_id",
        "chat_id": "chat_id",
        "messages": "messages",
        "assistant_id": "assistant_id",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "assistant_id",
        }
    )

    session_id: str
    chat_id: str
    messages: list[StoredMessage]
    assistant_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        chat_id = self.chat_id

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        assistant_id = UNSET if self.assistant_id is None else self.assistant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "chat_id": chat_id,
                "messages": messages,
            }
        )
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = d.pop("session_id")

        chat_id = d.pop("chat_id")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = StoredMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        assistant_id = d.pop("assistant_id", None)

        sub_agent_history = cls(
            session_id=session_id,
            chat_id=chat_id,
            messages=messages,
            assistant_id=assistant_id,
        )

        sub_agent_history.additional_properties = d
        return sub_agent_history

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.stored_message import StoredMessage
