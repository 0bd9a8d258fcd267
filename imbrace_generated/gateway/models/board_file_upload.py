from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset, WireAccess

T = TypeVar("T", bound="BoardFileUpload")


@_attrs_define(repr=False)
class BoardFileUpload(WireAccess):
    """
    Attributes:
        file (File): The file's content (binary).
        folder_id (str | None):
        organization_id (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "file": "file",
        "folder_id": "folder_id",
        "organization_id": "organization_id",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "folder_id",
            "organization_id",
        }
    )

    file: File
    folder_id: str | None = None
    organization_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        folder_id = UNSET if self.folder_id is None else self.folder_id

        organization_id = UNSET if self.organization_id is None else self.organization_id

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

        _folder_id = UNSET if self.folder_id is None else self.folder_id

        if not isinstance(_folder_id, Unset):
            files.append(("folder_id", (None, str(_folder_id).encode(), "text/plain")))

        _organization_id = UNSET if self.organization_id is None else self.organization_id

        if not isinstance(_organization_id, Unset):
            files.append(("organization_id", (None, str(_organization_id).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        folder_id = d.pop("folder_id", None)

        organization_id = d.pop("organization_id", None)

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
