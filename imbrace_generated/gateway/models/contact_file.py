from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ContactFile")


@_attrs_define(repr=False)
class ContactFile(WireAccess):
    """docs:reference/contact.md's ContactFile.

    Attributes:
        field_id (str):
        id (str | None):
        contact_id (str | None):
        name (str | None):
        url (str | None):
        size (int | None):
        content_type (str | None):
        created_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "id": "id",
        "contact_id": "contact_id",
        "name": "name",
        "url": "url",
        "size": "size",
        "content_type": "content_type",
        "created_at": "created_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "contact_id",
            "name",
            "url",
            "size",
            "content_type",
            "created_at",
        }
    )

    field_id: str
    id: str | None = None
    contact_id: str | None = None
    name: str | None = None
    url: str | None = None
    size: int | None = None
    content_type: str | None = None
    created_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        id = UNSET if self.id is None else self.id

        contact_id = UNSET if self.contact_id is None else self.contact_id

        name = UNSET if self.name is None else self.name

        url = UNSET if self.url is None else self.url

        size = UNSET if self.size is None else self.size

        content_type = UNSET if self.content_type is None else self.content_type

        created_at = UNSET if self.created_at is None else self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if size is not UNSET:
            field_dict["size"] = size
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        id = d.pop("id", None)

        contact_id = d.pop("contact_id", None)

        name = d.pop("name", None)

        url = d.pop("url", None)

        size = d.pop("size", None)

        content_type = d.pop("content_type", None)

        created_at = d.pop("created_at", None)

        contact_file = cls(
            field_id=field_id,
            id=id,
            contact_id=contact_id,
            name=name,
            url=url,
            size=size,
            content_type=content_type,
            created_at=created_at,
        )

        contact_file.additional_properties = d
        return contact_file

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
