from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="AdminGuide")


@_attrs_define(repr=False)
class AdminGuide(WireAccess):
    """
    Attributes:
        filename (str):
        title (str | None):
        size (int | None):
        content_type (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "filename": "filename",
        "title": "title",
        "size": "size",
        "content_type": "content_type",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "title",
            "size",
            "content_type",
        }
    )

    filename: str
    title: str | None = None
    size: int | None = None
    content_type: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        title = UNSET if self.title is None else self.title

        size = UNSET if self.size is None else self.size

        content_type = UNSET if self.content_type is None else self.content_type

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

        title = d.pop("title", None)

        size = d.pop("size", None)

        content_type = d.pop("content_type", None)

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
