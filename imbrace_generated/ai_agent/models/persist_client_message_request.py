from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..models.persist_client_message_request_role import (
    PersistClientMessageRequestRole,
    check_persist_client_message_request_role,
)
from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="PersistClientMessageRequest")


@_attrs_define
class PersistClientMessageRequest(WireAccess):
    """
    Attributes:
        chat_id (str):
        id (str | Unset):
        role (PersistClientMessageRequestRole | Unset):
        content (str | Unset):
        parts (list[PersistClientMessageRequestPartsItem] | Unset):
        attachments (list[PersistClientMessageRequestAttachmentsItem] | Unset):
        created_at (str | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "chatId": "chat_id",
        "id": "id",
        "role": "role",
        "content": "content",
        "parts": "parts",
        "attachments": "attachments",
        "createdAt": "created_at",
    }

    chat_id: str
    id: str | Unset = UNSET
    role: PersistClientMessageRequestRole | Unset = UNSET
    content: str | Unset = UNSET
    parts: list[PersistClientMessageRequestPartsItem] | Unset = UNSET
    attachments: list[PersistClientMessageRequestAttachmentsItem] | Unset = UNSET
    created_at: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        chat_id = self.chat_id

        id = self.id

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        content = self.content

        parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parts, Unset):
            parts = []
            for parts_item_data in self.parts:
                parts_item = parts_item_data.to_dict()
                parts.append(parts_item)

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        created_at = self.created_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "chatId": chat_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if parts is not UNSET:
            field_dict["parts"] = parts
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_id = d.pop("chatId")

        id = d.pop("id", UNSET)

        _role = d.pop("role", UNSET)
        role: PersistClientMessageRequestRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_persist_client_message_request_role(_role)

        content = d.pop("content", UNSET)

        _parts = d.pop("parts", UNSET)
        parts: list[PersistClientMessageRequestPartsItem] | Unset = UNSET
        if _parts is not UNSET:
            parts = []
            for parts_item_data in _parts:
                parts_item = PersistClientMessageRequestPartsItem.from_dict(parts_item_data)

                parts.append(parts_item)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[PersistClientMessageRequestAttachmentsItem] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = PersistClientMessageRequestAttachmentsItem.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        created_at = d.pop("createdAt", UNSET)

        persist_client_message_request = cls(
            chat_id=chat_id,
            id=id,
            role=role,
            content=content,
            parts=parts,
            attachments=attachments,
            created_at=created_at,
        )

        return persist_client_message_request


from ..models.persist_client_message_request_attachments_item import PersistClientMessageRequestAttachmentsItem
from ..models.persist_client_message_request_parts_item import PersistClientMessageRequestPartsItem
