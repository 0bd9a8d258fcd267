from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="KnowledgeFile")


@_attrs_define
class KnowledgeFile(WireAccess):
    """A file of a Knowledge Hub folder. `_id` is its id; `file_id` carries the same value.

    Attributes:
        field_id (str):
        file_id (str | Unset):
        name (str | Unset):
        folder_id (str | Unset):
        organization_id (str | Unset):
        content_type (str | Unset):
        size (int | Unset):
        created_at (str | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "file_id": "file_id",
        "name": "name",
        "folder_id": "folder_id",
        "organization_id": "organization_id",
        "content_type": "content_type",
        "size": "size",
        "created_at": "created_at",
    }

    field_id: str
    file_id: str | Unset = UNSET
    name: str | Unset = UNSET
    folder_id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    content_type: str | Unset = UNSET
    size: int | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        file_id = self.file_id

        name = self.name

        folder_id = self.folder_id

        organization_id = self.organization_id

        content_type = self.content_type

        size = self.size

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
            }
        )
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if name is not UNSET:
            field_dict["name"] = name
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if size is not UNSET:
            field_dict["size"] = size
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        file_id = d.pop("file_id", UNSET)

        name = d.pop("name", UNSET)

        folder_id = d.pop("folder_id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        content_type = d.pop("content_type", UNSET)

        size = d.pop("size", UNSET)

        created_at = d.pop("created_at", UNSET)

        knowledge_file = cls(
            field_id=field_id,
            file_id=file_id,
            name=name,
            folder_id=folder_id,
            organization_id=organization_id,
            content_type=content_type,
            size=size,
            created_at=created_at,
        )

        knowledge_file.additional_properties = d
        return knowledge_file

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
