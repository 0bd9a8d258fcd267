from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ExtractedFile")


@_attrs_define(repr=False)
class ExtractedFile(WireAccess):
    """
    Attributes:
        content (str):
        name (str | None):
        content_type (str | None):
        size (int | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "content": "content",
        "name": "name",
        "content_type": "content_type",
        "size": "size",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "content_type",
            "size",
        }
    )

    content: str
    name: str | None = None
    content_type: str | None = None
    size: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        name = UNSET if self.name is None else self.name

        content_type = UNSET if self.content_type is None else self.content_type

        size = UNSET if self.size is None else self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        name = d.pop("name", None)

        content_type = d.pop("content_type", None)

        size = d.pop("size", None)

        extracted_file = cls(
            content=content,
            name=name,
            content_type=content_type,
            size=size,
        )

        extracted_file.additional_properties = d
        return extracted_file

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
