from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="FileCreate")


@_attrs_define
class FileCreate(WireAccess):
    """
    Attributes:
        name (str):
        folder_id (str):
        organization_id (str | Unset):
        content_type (str | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "folder_id": "folder_id",
        "organization_id": "organization_id",
        "content_type": "content_type",
    }

    name: str
    folder_id: str
    organization_id: str | Unset = UNSET
    content_type: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        folder_id = self.folder_id

        organization_id = self.organization_id

        content_type = self.content_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "folder_id": folder_id,
            }
        )
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        folder_id = d.pop("folder_id")

        organization_id = d.pop("organization_id", UNSET)

        content_type = d.pop("content_type", UNSET)

        file_create = cls(
            name=name,
            folder_id=folder_id,
            organization_id=organization_id,
            content_type=content_type,
        )

        return file_create
