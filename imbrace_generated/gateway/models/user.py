from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="User")


@_attrs_define(repr=False)
class User(WireAccess):
    """A user of the organization.

    Attributes:
        id (str):
        field_id (str | None):
        email (str | None):
        username (str | None):
        display_name (str | None):
        first_name (str | None):
        last_name (str | None):
        phone_number (str | None):
        language (str | None):
        avatar_url (str | None):
        role (str | None):
        status (str | None):
        is_active (bool | None):
        organization_id (str | None):
        created_at (str | None):
        updated_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "id": "id",
        "_id": "field_id",
        "email": "email",
        "username": "username",
        "display_name": "display_name",
        "first_name": "first_name",
        "last_name": "last_name",
        "phone_number": "phone_number",
        "language": "language",
        "avatar_url": "avatar_url",
        "role": "role",
        "status": "status",
        "is_active": "is_active",
        "organization_id": "organization_id",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "_id",
            "email",
            "username",
            "display_name",
            "first_name",
            "last_name",
            "phone_number",
            "language",
            "avatar_url",
            "role",
            "status",
            "is_active",
            "organization_id",
            "created_at",
            "updated_at",
        }
    )

    id: str
    field_id: str | None = None
    email: str | None = None
    username: str | None = None
    display_name: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    phone_number: str | None = None
    language: str | None = None
    avatar_url: str | None = None
    role: str | None = None
    status: str | None = None
    is_active: bool | None = None
    organization_id: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_id = UNSET if self.field_id is None else self.field_id

        email = UNSET if self.email is None else self.email

        username = UNSET if self.username is None else self.username

        display_name = UNSET if self.display_name is None else self.display_name

        first_name = UNSET if self.first_name is None else self.first_name

        last_name = UNSET if self.last_name is None else self.last_name

        phone_number = UNSET if self.phone_number is None else self.phone_number

        language = UNSET if self.language is None else self.language

        avatar_url = UNSET if self.avatar_url is None else self.avatar_url

        role = UNSET if self.role is None else self.role

        status = UNSET if self.status is None else self.status

        is_active = UNSET if self.is_active is None else self.is_active

        organization_id = UNSET if self.organization_id is None else self.organization_id

        created_at = UNSET if self.created_at is None else self.created_at

        updated_at = UNSET if self.updated_at is None else self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if email is not UNSET:
            field_dict["email"] = email
        if username is not UNSET:
            field_dict["username"] = username
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if language is not UNSET:
            field_dict["language"] = language
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET:
            field_dict["status"] = status
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
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
        id = d.pop("id")

        field_id = d.pop("_id", None)

        email = d.pop("email", None)

        username = d.pop("username", None)

        display_name = d.pop("display_name", None)

        first_name = d.pop("first_name", None)

        last_name = d.pop("last_name", None)

        phone_number = d.pop("phone_number", None)

        language = d.pop("language", None)

        avatar_url = d.pop("avatar_url", None)

        role = d.pop("role", None)

        status = d.pop("status", None)

        is_active = d.pop("is_active", None)

        organization_id = d.pop("organization_id", None)

        created_at = d.pop("created_at", None)

        updated_at = d.pop("updated_at", None)

        user = cls(
            id=id,
            field_id=field_id,
            email=email,
            username=username,
            display_name=display_name,
            first_name=first_name,
            last_name=last_name,
            phone_number=phone_number,
            language=language,
            avatar_url=avatar_url,
            role=role,
            status=status,
            is_active=is_active,
            organization_id=organization_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        user.additional_properties = d
        return user

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
