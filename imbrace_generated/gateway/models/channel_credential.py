from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ChannelCredential")


@_attrs_define(repr=False)
class ChannelCredential(WireAccess):
    """docs:reference/channel.md's ChannelCredential `{_id, type, name}`; secret values are never shown.

    Attributes:
        field_id (str):
        id (str | None):
        type_ (str | None):
        name (str | None):
        organization_id (str | None):
        created_at (str | None):
        updated_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "id": "id",
        "type": "type_",
        "name": "name",
        "organization_id": "organization_id",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "type",
            "name",
            "organization_id",
            "created_at",
            "updated_at",
        }
    )

    field_id: str
    id: str | None = None
    type_: str | None = None
    name: str | None = None
    organization_id: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        id = UNSET if self.id is None else self.id

        type_ = UNSET if self.type_ is None else self.type_

        name = UNSET if self.name is None else self.name

        organization_id = UNSET if self.organization_id is None else self.organization_id

        created_at = UNSET if self.created_at is None else self.created_at

        updated_at = UNSET if self.updated_at is None else self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        id = d.pop("id", None)

        type_ = d.pop("type", None)

        name = d.pop("name", None)

        organization_id = d.pop("organization_id", None)

        created_at = d.pop("created_at", None)

        updated_at = d.pop("updated_at", None)

        channel_credential = cls(
            field_id=field_id,
            id=id,
            type_=type_,
            name=name,
            organization_id=organization_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        channel_credential.additional_properties = d
        return channel_credential

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
