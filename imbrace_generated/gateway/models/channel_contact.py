from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ChannelContact")


@_attrs_define(repr=False)
class ChannelContact(WireAccess):
    """A contact (docs:reference/contact.md's Contact).

    Attributes:
        id (str):
        object_name (str | None):
        field_id (str | None):
        organization_id (str | None):
        display_name (str | None):
        email (str | None):
        phone_number (str | None):
        avatar_url (str | None):
        labels (list[Any] | None):
        created_at (str | None):
        updated_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "id": "id",
        "object_name": "object_name",
        "_id": "field_id",
        "organization_id": "organization_id",
        "display_name": "display_name",
        "email": "email",
        "phone_number": "phone_number",
        "avatar_url": "avatar_url",
        "labels": "labels",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "object_name",
            "_id",
            "organization_id",
            "display_name",
            "email",
            "phone_number",
            "avatar_url",
            "labels",
            "created_at",
            "updated_at",
        }
    )

    id: str
    object_name: str | None = None
    field_id: str | None = None
    organization_id: str | None = None
    display_name: str | None = None
    email: str | None = None
    phone_number: str | None = None
    avatar_url: str | None = None
    labels: list[Any] | None = None
    created_at: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_name = UNSET if self.object_name is None else self.object_name

        field_id = UNSET if self.field_id is None else self.field_id

        organization_id = UNSET if self.organization_id is None else self.organization_id

        display_name = UNSET if self.display_name is None else self.display_name

        email = UNSET if self.email is None else self.email

        phone_number = UNSET if self.phone_number is None else self.phone_number

        avatar_url = UNSET if self.avatar_url is None else self.avatar_url

        _labels = UNSET if self.labels is None else self.labels

        labels: list[Any] | Unset = UNSET
        if not isinstance(_labels, Unset):
            labels = _labels

        created_at = UNSET if self.created_at is None else self.created_at

        updated_at = UNSET if self.updated_at is None else self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_name is not UNSET:
            field_dict["object_name"] = object_name
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if labels is not UNSET:
            field_dict["labels"] = labels
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_name = d.pop("object_name", None)

        field_id = d.pop("_id", None)

        organization_id = d.pop("organization_id", None)

        display_name = d.pop("display_name", None)

        email = d.pop("email", None)

        phone_number = d.pop("phone_number", None)

        avatar_url = d.pop("avatar_url", None)

        labels = cast(list[Any], d.pop("labels", None))

        created_at = d.pop("created_at", None)

        updated_at = d.pop("updated_at", None)

        channel_contact = cls(
            id=id,
            object_name=object_name,
            field_id=field_id,
            organization_id=organization_id,
            display_name=display_name,
            email=email,
            phone_number=phone_number,
            avatar_url=avatar_url,
            labels=labels,
            created_at=created_at,
            updated_at=updated_at,
        )

        channel_contact.additional_properties = d
        return channel_contact

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
