from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="UploadedImage")


@_attrs_define(repr=False)
class UploadedImage(WireAccess):
    """Where an uploaded image is served (`url`).

    Attributes:
        url (str):
        name (str | None):
        size (int | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "url": "url",
        "name": "name",
        "size": "size",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "size",
        }
    )

    url: str
    name: str | None = None
    size: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        name = UNSET if self.name is None else self.name

        size = UNSET if self.size is None else self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        name = d.pop("name", None)

        size = d.pop("size", None)

        uploaded_image = cls(
            url=url,
            name=name,
            size=size,
        )

        uploaded_image.additional_properties = d
        return uploaded_image

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
