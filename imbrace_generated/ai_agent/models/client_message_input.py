from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..models.client_message_input_role import ClientMessageInputRole, check_client_message_input_role
from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ClientMessageInput")


@_attrs_define
class ClientMessageInput(WireAccess):
    """
    Attributes:
        role (ClientMessageInputRole):
        id (str | Unset):
        content (str | Unset):
        created_at (str | Unset):
        parts (list[ClientMessageInputPartsItem] | Unset):
        attachments (list[ClientMessageInputAttachmentsItem] | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "role": "role",
        "id": "id",
        "content": "content",
        "createdAt": "created_at",
        "parts": "parts",
        "attachments": "attachments",
    }

    role: ClientMessageInputRole
    id: str | Unset = UNSET
    content: str | Unset = UNSET
    created_at: str | Unset = UNSET
    parts: list[ClientMessageInputPartsItem] | Unset = UNSET
    attachments: list[ClientMessageInputAttachmentsItem] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        id = self.id

        content = self.content

        created_at = self.created_at

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
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if parts is not UNSET:
            field_dict["parts"] = parts
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = check_client_message_input_role(d.pop("role"))

        id = d.pop("id", UNSET)

        content = d.pop("content", UNSET)

        created_at = d.pop("createdAt", UNSET)

        _parts = d.pop("parts", UNSET)
        parts: list[ClientMessageInputPartsItem] | Unset = UNSET
        if _parts is not UNSET:
            parts = []
            for parts_item_data in _parts:
                parts_item = ClientMessageInputPartsItem.from_dict(parts_item_data)

                parts.append(parts_item)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[ClientMessageInputAttachmentsItem] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = ClientMessageInputAttachmentsItem.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        client_message_input = cls(
            role=role,
            id=id,
            content=content,
            created_at=created_at,
            parts=parts,
            attachments=attachments,
        )

        return client_message_input


from ..models.client_message_input_attachments_item import ClientMessageInputAttachmentsItem
from ..models.client_message_input_parts_item import ClientMessageInputPartsItem
