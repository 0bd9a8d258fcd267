from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="FileCreate")


@_attrs_define(repr=False)
class FileCreate(WireAccess):
    """
    Attributes:
        name (str):
        folder_id (str):
        organization_id (str | None):
        content_type (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "folder_id": "folder_id",
        "organization_id": "organization_id",
        "content_type": "content_type",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "organization_id",
            "content_type",
        }
    )

    name: str
    folder_id: str
    organization_id: str | None = None
    content_type: str | None = None

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        folder_id = self.folder_id

        organization_id = UNSET if self.organization_id is None else self.organization_id

        content_type = UNSET if self.content_type is None else self.content_type

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

        organization_id = d.pop("organization_id", None)

        content_type = d.pop("content_type", None)

        file_create = cls(
            name=name,
            folder_id=folder_id,
            organization_id=organization_id,
            content_type=content_type,
        )

        return file_create
