from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ChatMessagePart")


@_attrs_define(repr=False)
class ChatMessagePart(WireAccess):
    """One UIMessage part; a `text` part carries `text`, other kinds (files, tool calls) pass through.

    Attributes:
        type_ (str):
        text (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "type": "type_",
        "text": "text",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "text",
        }
    )

    type_: str
    text: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = UNSET if self.text is None else self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        text = d.pop("text", None)

        chat_message_part = cls(
            type_=type_,
            text=text,
        )

        chat_message_part.additional_properties = d
        return chat_message_part

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
