from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="Folder")


@_attrs_define(repr=False)
class Folder(WireAccess):
    """A Knowledge Hub folder; its `_id` goes into an assistant's `folder_ids`.

    Attributes:
        field_id (str):
        name (str | None):
        organization_id (str | None):
        parent_folder_id (str | None):
        source_type (str | None):
        description (str | None):
        created_at (str | None):
        updated_at (str | None):
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
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "organization_id",
            "parent_folder_id",
            "source_type",
            "description",
            "created_at",
            "updated_at",
        }
    )

    field_id: str
    name: str | None = None
    organization_id: str | None = None
    parent_folder_id: str | None = None
    source_type: str | None = None
    description: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = UNSET if self.name is None else self.name

        organization_id = UNSET if self.organization_id is None else self.organization_id

        parent_folder_id = UNSET if self.parent_folder_id is None else self.parent_folder_id

        source_type = UNSET if self.source_type is None else self.source_type

        description = UNSET if self.description is None else self.description

        created_at = UNSET if self.created_at is None else self.created_at

        updated_at = UNSET if self.updated_at is None else self.updated_at

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

        name = d.pop("name", None)

        organization_id = d.pop("organization_id", None)

        parent_folder_id = d.pop("parent_folder_id", None)

        source_type = d.pop("source_type", None)

        description = d.pop("description", None)

        created_at = d.pop("created_at", None)

        updated_at = d.pop("updated_at", None)

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
