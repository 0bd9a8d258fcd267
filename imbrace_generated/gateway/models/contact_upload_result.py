from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ContactUploadResult")


@_attrs_define(repr=False)
class ContactUploadResult(WireAccess):
    """The stored file (`url`, as docs:reference/contact.md's TypeScript example reads, `name`, `size`), or for a CSV
    import `imported` (how many contacts) and their `data` (the mock's reading).

        Attributes:
            url (str | None):
            name (str | None):
            size (int | None):
            file (ContactFile | None): docs:reference/contact.md's ContactFile.
            imported (int | None):
            data (list[ChannelContact] | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "url": "url",
        "name": "name",
        "size": "size",
        "file": "file",
        "imported": "imported",
        "data": "data",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "url",
            "name",
            "size",
            "file",
            "imported",
            "data",
        }
    )

    url: str | None = None
    name: str | None = None
    size: int | None = None
    file: ContactFile | None = None
    imported: int | None = None
    data: list[ChannelContact] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = UNSET if self.url is None else self.url

        name = UNSET if self.name is None else self.name

        size = UNSET if self.size is None else self.size

        _file = UNSET if self.file is None else self.file

        file: dict[str, Any] | Unset = UNSET
        if not isinstance(_file, Unset):
            file = _file.to_dict()

        imported = UNSET if self.imported is None else self.imported

        _data = UNSET if self.data is None else self.data

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_data, Unset):
            data = []
            for data_item_data in _data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if url is not UNSET:
            field_dict["url"] = url
        if name is not UNSET:
            field_dict["name"] = name
        if size is not UNSET:
            field_dict["size"] = size
        if file is not UNSET:
            field_dict["file"] = file
        if imported is not UNSET:
            field_dict["imported"] = imported
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", None)

        name = d.pop("name", None)

        size = d.pop("size", None)

        _file = d.pop("file", None)
        file = None if _file is None else ContactFile.from_dict(_file)

        imported = d.pop("imported", None)

        _data = d.pop("data", UNSET)
        data: list[ChannelContact] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = ChannelContact.from_dict(data_item_data)

                data.append(data_item)

        if data is UNSET:
            data = None

        contact_upload_result = cls(
            url=url,
            name=name,
            size=size,
            file=file,
            imported=imported,
            data=data,
        )

        contact_upload_result.additional_properties = d
        return contact_upload_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.channel_contact import ChannelContact
from ..models.contact_file import ContactFile
