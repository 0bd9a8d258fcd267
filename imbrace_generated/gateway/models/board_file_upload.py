from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset, WireAccess

T = TypeVar("T", bound="BoardFileUpload")


@_attrs_define
class BoardFileUpload(WireAccess):
    """
    Attributes:
        file (File): The file's content (binary).
        folder_id (str | Unset):
        organization_id (str | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "file": "file",
        "folder_id": "folder_id",
        "organization_id": "organization_id",
    }

    file: File
    folder_id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        folder_id = self.folder_id

        organization_id = self.organization_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.folder_id, Unset):
            files.append(("folder_id", (None, str(self.folder_id).encode(), "text/plain")))

        if not isinstance(self.organization_id, Unset):
            files.append(("organization_id", (None, str(self.organization_id).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        folder_id = d.pop("folder_id", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        board_file_upload = cls(
            file=file,
            folder_id=folder_id,
            organization_id=organization_id,
        )

        board_file_upload.additional_properties = d
        return board_file_upload

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
