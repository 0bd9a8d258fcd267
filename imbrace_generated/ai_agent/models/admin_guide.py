from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="AdminGuide")


@_attrs_define
class AdminGuide(WireAccess):
    """
    Attributes:
        filename (str):
        title (str | Unset):
        size (int | Unset):
        content_type (str | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "filename": "filename",
        "title": "title",
        "size": "size",
        "content_type": "content_type",
    }

    filename: str
    title: str | Unset = UNSET
    size: int | Unset = UNSET
    content_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        title = self.title

        size = self.size

        content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if size is not UNSET:
            field_dict["size"] = size
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filename = d.pop("filename")

        title = d.pop("title", UNSET)

        size = d.pop("size", UNSET)

        content_type = d.pop("content_type", UNSET)

        admin_guide = cls(
            filename=filename,
            title=title,
            size=size,
            content_type=content_type,
        )

        admin_guide.additional_properties = d
        return admin_guide

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
