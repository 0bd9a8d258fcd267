from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..models.chat_message_role import ChatMessageRole, check_chat_message_role
from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ChatMessage")


@_attrs_define(repr=False)
class ChatMessage(WireAccess):
    """
    Attributes:
        role (ChatMessageRole):
        content (str):
        id (str | None):
        parts (list[ChatMessagePartsItem] | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "role": "role",
        "content": "content",
        "id": "id",
        "parts": "parts",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "parts",
        }
    )

    role: ChatMessageRole
    content: str
    id: str | None = None
    parts: list[ChatMessagePartsItem] | None = None

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        content = self.content

        id = UNSET if self.id is None else self.id

        _parts = UNSET if self.parts is None else self.parts

        parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_parts, Unset):
            parts = []
            for parts_item_data in _parts:
                parts_item = parts_item_data.to_dict()
                parts.append(parts_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if parts is not UNSET:
            field_dict["parts"] = parts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = check_chat_message_role(d.pop("role"))

        content = d.pop("content")

        id = d.pop("id", None)

        _parts = d.pop("parts", UNSET)
        parts: list[ChatMessagePartsItem] | Unset = UNSET
        if _parts is not UNSET:
            parts = []
            for parts_item_data in _parts:
                parts_item = ChatMessagePartsItem.from_dict(parts_item_data)

                parts.append(parts_item)

        if parts is UNSET:
            parts = None

        chat_message = cls(
            role=role,
            content=content,
            id=id,
            parts=parts,
        )

        return chat_message


from ..models.chat_message_parts_item import ChatMessagePartsItem
