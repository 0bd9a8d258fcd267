from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import File, WireAccess

T = TypeVar("T", bound="FileUpload")


@_attrs_define(repr=False)
class FileUpload(WireAccess):
    """
    Attributes:
        file (File): The file (its bytes).
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "file": "file",
    }

    file: File

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file": file,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        file_upload = cls(
            file=file,
        )

        return file_upload
