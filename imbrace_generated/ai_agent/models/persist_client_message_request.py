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


@_attrs_define(repr=False)
class PersistClientMessageRequest(WireAccess):
    """
    Attributes:
        chat_id (str):
        id (str | None):
        role (PersistClientMessageRequestRole | None):
        content (str | None):
        parts (list[PersistClientMessageRequestPartsItem] | None):
        attachments (list[PersistClientMessageRequestAttachmentsItem] | None):
        created_at (str | None):
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
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "role",
            "content",
            "parts",
            "attachments",
            "createdAt",
        }
    )

    chat_id: str
    id: str | None = None
    role: PersistClientMessageRequestRole | None = None
    content: str | None = None
    parts: list[PersistClientMessageRequestPartsItem] | None = None
    attachments: list[PersistClientMessageRequestAttachmentsItem] | None = None
    created_at: str | None = None

    def to_dict(self) -> dict[str, Any]:
        chat_id = self.chat_id

        id = UNSET if self.id is None else self.id

        _role = UNSET if self.role is None else self.role

        role: str | Unset = UNSET
        if not isinstance(_role, Unset):
            role = _role

        content = UNSET if self.content is None else self.content

        _parts = UNSET if self.parts is None else self.parts

        parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_parts, Unset):
            parts = []
            for parts_item_data in _parts:
                parts_item = parts_item_data.to_dict()
                parts.append(parts_item)

        _attachments = UNSET if self.attachments is None else self.attachments

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_attachments, Unset):
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        created_at = UNSET if self.created_at is None else self.created_at

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

        id = d.pop("id", None)

        _role = d.pop("role", None)
        role = None if _role is None else check_persist_client_message_request_role(_role)

        content = d.pop("content", None)

        _parts = d.pop("parts", UNSET)
        parts: list[PersistClientMessageRequestPartsItem] | Unset = UNSET
        if _parts is not UNSET:
            parts = []
            for parts_item_data in _parts:
                parts_item = PersistClientMessageRequestPartsItem.from_dict(parts_item_data)

                parts.append(parts_item)

        if parts is UNSET:
            parts = None

        _attachments = d.pop("attachments", UNSET)
        attachments: list[PersistClientMessageRequestAttachmentsItem] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = PersistClientMessageRequestAttachmentsItem.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        if attachments is UNSET:
            attachments = None

        created_at = d.pop("createdAt", None)

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
