from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="Account")


@_attrs_define(repr=False)
class Account(WireAccess):
    """The signed-in account (a user); the organization is at the top or inside `data`.

    Attributes:
        id (str | None):
        field_id (str | None):
        email (str | None):
        display_name (str | None):
        first_name (str | None):
        last_name (str | None):
        phone_number (str | None):
        language (str | None):
        avatar_url (str | None):
        role (str | None):
        organization_id (str | None):
        data (AccountData | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "id": "id",
        "_id": "field_id",
        "email": "email",
        "display_name": "display_name",
        "first_name": "first_name",
        "last_name": "last_name",
        "phone_number": "phone_number",
        "language": "language",
        "avatar_url": "avatar_url",
        "role": "role",
        "organization_id": "organization_id",
        "data": "data",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "_id",
            "email",
            "display_name",
            "first_name",
            "last_name",
            "phone_number",
            "language",
            "avatar_url",
            "role",
            "organization_id",
            "data",
        }
    )

    id: str | None = None
    field_id: str | None = None
    email: str | None = None
    display_name: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    phone_number: str | None = None
    language: str | None = None
    avatar_url: str | None = None
    role: str | None = None
    organization_id: str | None = None
    data: AccountData | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = UNSET if self.id is None else self.id

        field_id = UNSET if self.field_id is None else self.field_id

        email = UNSET if self.email is None else self.email

        display_name = UNSET if self.display_name is None else self.display_name

        first_name = UNSET if self.first_name is None else self.first_name

        last_name = UNSET if self.last_name is None else self.last_name

        phone_number = UNSET if self.phone_number is None else self.phone_number

        language = UNSET if self.language is None else self.language

        avatar_url = UNSET if self.avatar_url is None else self.avatar_url

        role = UNSET if self.role is None else self.role

        organization_id = UNSET if self.organization_id is None else self.organization_id

        _data = UNSET if self.data is None else self.data

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(_data, Unset):
            data = _data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if email is not UNSET:
            field_dict["email"] = email
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
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", None)

        field_id = d.pop("_id", None)

        email = d.pop("email", None)

        display_name = d.pop("display_name", None)

        first_name = d.pop("first_name", None)

        last_name = d.pop("last_name", None)

        phone_number = d.pop("phone_number", None)

        language = d.pop("language", None)

        avatar_url = d.pop("avatar_url", None)

        role = d.pop("role", None)

        organization_id = d.pop("organization_id", None)

        _data = d.pop("data", None)
        data = None if _data is None else AccountData.from_dict(_data)

        account = cls(
            id=id,
            field_id=field_id,
            email=email,
            display_name=display_name,
            first_name=first_name,
            last_name=last_name,
            phone_number=phone_number,
            language=language,
            avatar_url=avatar_url,
            role=role,
            organization_id=organization_id,
            data=data,
        )

        account.additional_properties = d
        return account

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.account_data import AccountData
