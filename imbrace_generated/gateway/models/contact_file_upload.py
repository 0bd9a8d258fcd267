from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset, WireAccess

T = TypeVar("T", bound="ContactFileUpload")


@_attrs_define(repr=False)
class ContactFileUpload(WireAccess):
    """
    Attributes:
        file (File): The file: a CSV to import, or an avatar or document.
        contact_id (str | None): The contact the (non-CSV) file is attached to (optional).
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "file": "file",
        "contact_id": "contact_id",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "contact_id",
        }
    )

    file: File
    contact_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        contact_id = UNSET if self.contact_id is None else self.contact_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        _contact_id = UNSET if self.contact_id is None else self.contact_id

        if not isinstance(_contact_id, Unset):
            files.append(("contact_id", (None, str(_contact_id).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        contact_id = d.pop("contact_id", None)

        contact_file_upload = cls(
            file=file,
            contact_id=contact_id,
        )

        contact_file_upload.additional_properties = d
        return contact_file_upload

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
