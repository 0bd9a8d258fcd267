from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="MessageFile")


@_attrs_define(repr=False)
class MessageFile(WireAccess):
    """
    Attributes:
        url (str | None):
        name (str | None):
        type_ (str | None):
        size (int | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "url": "url",
        "name": "name",
        "type": "type_",
        "size": "size",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "url",
            "name",
            "type",
            "size",
        }
    )

    url: str | None = None
    name: str | None = None
    type_: str | None = None
    size: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = UNSET if self.url is None else self.url

        name = UNSET if self.name is None else self.name

        type_ = UNSET if self.type_ is None else self.type_

        size = UNSET if self.size is None else self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if url is not UNSET:
            field_dict["url"] = url
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", None)

        name = d.pop("name", None)

        type_ = d.pop("type", None)

        size = d.pop("size", None)

        message_file = cls(
            url=url,
            name=name,
            type_=type_,
            size=size,
        )

        message_file.additional_properties = d
        return message_file

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
