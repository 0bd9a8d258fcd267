from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="FolderUpdate")


@_attrs_define(repr=False)
class FolderUpdate(WireAccess):
    """
    Attributes:
        name (str | None):
        description (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "description": "description",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "description",
        }
    )

    name: str | None = None
    description: str | None = None

    def to_dict(self) -> dict[str, Any]:
        name = UNSET if self.name is None else self.name

        description = UNSET if self.description is None else self.description

        field_dict: dict[str, Any] = {}

        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", None)

        description = d.pop("description", None)

        folder_update = cls(
            name=name,
            description=description,
        )

        return folder_update
