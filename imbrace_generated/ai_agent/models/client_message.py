from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ClientMessage")


@_attrs_define(repr=False)
class ClientMessage(WireAccess):
    """
    Attributes:
        id (str):
        chat_id (str):
        role (str):
        content (str | None):
        parts (list[ClientMessagePartsItem] | None):
        created_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "id": "id",
        "chatId": "chat_id",
        "role": "role",
        "content": "content",
        "parts": "parts",
        "createdAt": "created_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
            "parts",
            "createdAt",
        }
    )

    id: str
    chat_id: str
    role: str
    content: str | None = None
    parts: list[ClientMessagePartsItem] | None = None
    created_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        chat_id = self.chat_id

        role = self.role

        content = UNSET if self.content is None else self.content

        _parts = UNSET if self.parts is None else self.parts

        parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_parts, Unset):
            parts = []
            for parts_item_data in _parts:
                parts_item = parts_item_data.to_dict()
                parts.append(parts_item)

        created_at = UNSET if self.created_at is None else self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "chatId": chat_id,
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if parts is not UNSET:
            field_dict["parts"] = parts
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        chat_id = d.pop("chatId")

        role = d.pop("role")

        content = d.pop("content", None)

        _parts = d.pop("parts", UNSET)
        parts: list[ClientMessagePartsItem] | Unset = UNSET
        if _parts is not UNSET:
            parts = []
            for parts_item_data in _parts:
                parts_item = ClientMessagePartsItem.from_dict(parts_item_data)

                parts.append(parts_item)

        if parts is UNSET:
            parts = None

        created_at = d.pop("createdAt", None)

        client_message = cls(
            id=id,
            chat_id=chat_id,
            role=role,
            content=content,
            parts=parts,
            created_at=created_at,
        )

        client_message.additional_properties = d
        return client_message

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.client_message_parts_item import ClientMessagePartsItem
