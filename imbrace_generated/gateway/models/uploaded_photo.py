from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="UploadedPhoto")


@_attrs_define(repr=False)
class UploadedPhoto(WireAccess):
    """An uploaded photo; the incumbent returns the JSON as is (`url` is a guess).

    Attributes:
        url (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "url": "url",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "url",
        }
    )

    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = UNSET if self.url is None else self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", None)

        uploaded_photo = cls(
            url=url,
        )

        uploaded_photo.additional_properties = d
        return uploaded_photo

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
