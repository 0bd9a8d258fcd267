from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..models.chat_message_role import ChatMessageRole, check_chat_message_role
from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ChatMessage")


@_attrs_define(repr=False)
class ChatMessage(WireAccess):
    """A message as the docs write it, `{role, content}`, or in the AI SDK's UIMessage form
    `{id, role, parts: [{type: "text", text}]}` that a `useChat` front end sends; the text of the
    parts is the message's text.

        Attributes:
            role (ChatMessageRole):
            id (str | None):
            content (str | None):
            parts (list[ChatMessagePart] | None):
            metadata (Any | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "role": "role",
        "id": "id",
        "content": "content",
        "parts": "parts",
        "metadata": "metadata",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "content",
            "parts",
            "metadata",
        }
    )

    role: ChatMessageRole
    id: str | None = None
    content: str | None = None
    parts: list[ChatMessagePart] | None = None
    metadata: Any | None = None

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        id = UNSET if self.id is None else self.id

        content = UNSET if self.content is None else self.content

        _parts = UNSET if self.parts is None else self.parts

        parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_parts, Unset):
            parts = []
            for parts_item_data in _parts:
                parts_item = parts_item_data.to_dict()
                parts.append(parts_item)

        metadata = UNSET if self.metadata is None else self.metadata

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if content is not UNSET:
            field_dict["content"] = content
        if parts is not UNSET:
            field_dict["parts"] = parts
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = check_chat_message_role(d.pop("role"))

        id = d.pop("id", None)

        content = d.pop("content", None)

        _parts = d.pop("parts", UNSET)
        parts: list[ChatMessagePart] | Unset = UNSET
        if _parts is not UNSET:
            parts = []
            for parts_item_data in _parts:
                parts_item = ChatMessagePart.from_dict(parts_item_data)

                parts.append(parts_item)

        if parts is UNSET:
            parts = None

        metadata = d.pop("metadata", None)

        chat_message = cls(
            role=role,
            id=id,
            content=content,
            parts=parts,
            metadata=metadata,
        )

        return chat_message


from ..models.chat_message_part import ChatMessagePart
