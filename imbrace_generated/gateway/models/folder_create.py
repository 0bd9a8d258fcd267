from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="FolderCreate")


@_attrs_define(repr=False)
class FolderCreate(WireAccess):
    """
    Attributes:
        name (str):
        organization_id (str):
        parent_folder_id (str): "root" for a top-level folder.
        source_type (str): "upload" for files uploaded through the API.
        description (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "organization_id": "organization_id",
        "parent_folder_id": "parent_folder_id",
        "source_type": "source_type",
        "description": "description",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
        }
    )

    name: str
    organization_id: str
    parent_folder_id: str
    source_type: str
    description: str | None = None

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        organization_id = self.organization_id

        parent_folder_id = self.parent_folder_id

        source_type = self.source_type

        description = UNSET if self.description is None else self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "organization_id": organization_id,
                "parent_folder_id": parent_folder_id,
                "source_type": source_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        organization_id = d.pop("organization_id")

        parent_folder_id = d.pop("parent_folder_id")

        source_type = d.pop("source_type")

        description = d.pop("description", None)

        folder_create = cls(
            name=name,
            organization_id=organization_id,
            parent_folder_id=parent_folder_id,
            source_type=source_type,
            description=description,
        )

        return folder_create
