from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..models.client_message_input_role import ClientMessageInputRole, check_client_message_input_role
from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ClientMessageInput")


@_attrs_define(repr=False)
class ClientMessageInput(WireAccess):
    """
    Attributes:
        role (ClientMessageInputRole):
        id (str | None):
        content (str | None):
        created_at (str | None):
        parts (list[ClientMessageInputPartsItem] | None):
        attachments (list[ClientMessageInputAttachmentsItem] | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "role": "role",
        "id": "id",
        "content": "content",
        "createdAt": "created_at",
        "parts": "parts",
        "attachments": "attachments",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "content",
            "createdAt",
            "parts",
            "attachments",
        }
    )

    role: ClientMessageInputRole
    id: str | None = None
    content: str | None = None
    created_at: str | None = None
    parts: list[ClientMessageInputPartsItem] | None = None
    attachments: list[ClientMessageInputAttachmentsItem] | None = None

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        id = UNSET if self.id is None else self.id

        content = UNSET if self.content is None else self.content

        created_at = UNSET if self.created_at is None else self.created_at

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

        id = d.pop("id", None)

        content = d.pop("content", None)

        created_at = d.pop("createdAt", None)

        _parts = d.pop("parts", UNSET)
        parts: list[ClientMessageInputPartsItem] | Unset = UNSET
        if _parts is not UNSET:
            parts = []
            for parts_item_data in _parts:
                parts_item = ClientMessageInputPartsItem.from_dict(parts_item_data)

                parts.append(parts_item)

        if parts is UNSET:
            parts = None

        _attachments = d.pop("attachments", UNSET)
        attachments: list[ClientMessageInputAttachmentsItem] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = ClientMessageInputAttachmentsItem.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        if attachments is UNSET:
            attachments = None

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
