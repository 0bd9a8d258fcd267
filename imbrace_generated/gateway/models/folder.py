from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="Folder")


@_attrs_define
class Folder(WireAccess):
    """A Knowledge Hub folder; its `_id` goes into an assistant's `folder_ids`.

    Attributes:
        field_id (str):
        name (str | Unset):
        organization_id (str | Unset):
        parent_folder_id (str | Unset):
        source_type (str | Unset):
        description (str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "name": "name",
        "organization_id": "organization_id",
        "parent_folder_id": "parent_folder_id",
        "source_type": "source_type",
        "description": "description",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }

    field_id: str
    name: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    parent_folder_id: str | Unset = UNSET
    source_type: str | Unset = UNSET
    description: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = self.name

        organization_id = self.organization_id

        parent_folder_id = self.parent_folder_id

        source_type = self.source_type

        description = self.description

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if description is not UNSET:
            field_dict["description"] = description
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        name = d.pop("name", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        parent_folder_id = d.pop("parent_folder_id", UNSET)

        source_type = d.pop("source_type", UNSET)

        description = d.pop("description", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        folder = cls(
            field_id=field_id,
            name=name,
            organization_id=organization_id,
            parent_folder_id=parent_folder_id,
            source_type=source_type,
            description=description,
            created_at=created_at,
            updated_at=updated_at,
        )

        folder.additional_properties = d
        return folder

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
