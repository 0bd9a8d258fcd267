from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="FlowCreate")


@_attrs_define(repr=False)
class FlowCreate(WireAccess):
    """
    Attributes:
        display_name (str):
        project_id (str):
        folder_name (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "displayName": "display_name",
        "projectId": "project_id",
        "folderName": "folder_name",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "folderName",
        }
    )

    display_name: str
    project_id: str
    folder_name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        project_id = self.project_id

        folder_name = UNSET if self.folder_name is None else self.folder_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "displayName": display_name,
                "projectId": project_id,
            }
        )
        if folder_name is not UNSET:
            field_dict["folderName"] = folder_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("displayName")

        project_id = d.pop("projectId")

        folder_name = d.pop("folderName", None)

        flow_create = cls(
            display_name=display_name,
            project_id=project_id,
            folder_name=folder_name,
        )

        return flow_create
