from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ChannelFacebookPage")


@_attrs_define(repr=False)
class ChannelFacebookPage(WireAccess):
    """A Facebook page of a credential; docs:reference/channel.md reads its `_id`.

    Attributes:
        field_id (str):
        id (str | None):
        name (str | None):
        category (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "id": "id",
        "name": "name",
        "category": "category",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "category",
        }
    )

    field_id: str
    id: str | None = None
    name: str | None = None
    category: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        id = UNSET if self.id is None else self.id

        name = UNSET if self.name is None else self.name

        category = UNSET if self.category is None else self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        id = d.pop("id", None)

        name = d.pop("name", None)

        category = d.pop("category", None)

        channel_facebook_page = cls(
            field_id=field_id,
            id=id,
            name=name,
            category=category,
        )

        channel_facebook_page.additional_properties = d
        return channel_facebook_page

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
