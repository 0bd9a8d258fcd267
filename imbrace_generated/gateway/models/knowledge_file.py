from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="KnowledgeFile")


@_attrs_define(repr=False)
class KnowledgeFile(WireAccess):
    """A file of a Knowledge Hub folder. `_id` is its id; `file_id` carries the same value.

    Attributes:
        field_id (str):
        file_id (str | None):
        name (str | None):
        folder_id (str | None):
        organization_id (str | None):
        content_type (str | None):
        size (int | None):
        created_at (str | None):
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
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "file_id",
            "name",
            "folder_id",
            "organization_id",
            "content_type",
            "size",
            "created_at",
        }
    )

    field_id: str
    file_id: str | None = None
    name: str | None = None
    folder_id: str | None = None
    organization_id: str | None = None
    content_type: str | None = None
    size: int | None = None
    created_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        file_id = UNSET if self.file_id is None else self.file_id

        name = UNSET if self.name is None else self.name

        folder_id = UNSET if self.folder_id is None else self.folder_id

        organization_id = UNSET if self.organization_id is None else self.organization_id

        content_type = UNSET if self.content_type is None else self.content_type

        size = UNSET if self.size is None else self.size

        created_at = UNSET if self.created_at is None else self.created_at

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

        file_id = d.pop("file_id", None)

        name = d.pop("name", None)

        folder_id = d.pop("folder_id", None)

        organization_id = d.pop("organization_id", None)

        content_type = d.pop("content_type", None)

        size = d.pop("size", None)

        created_at = d.pop("created_at", None)

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
