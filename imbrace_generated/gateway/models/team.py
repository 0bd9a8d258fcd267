from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="Team")


@_attrs_define(repr=False)
class Team(WireAccess):
    """A team; `get_team` adds its members as `users`.

    Attributes:
        field_id (str):
        name (str | None):
        business_unit_id (str | None):
        description (str | None):
        icon_url (str | None):
        is_disabled (bool | None):
        organization_id (str | None):
        users (list[TeamUser] | None):
        created_at (str | None):
        updated_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "name": "name",
        "business_unit_id": "business_unit_id",
        "description": "description",
        "icon_url": "icon_url",
        "is_disabled": "is_disabled",
        "organization_id": "organization_id",
        "users": "users",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "business_unit_id",
            "description",
            "icon_url",
            "is_disabled",
            "organization_id",
            "users",
            "created_at",
            "updated_at",
        }
    )

    field_id: str
    name: str | None = None
    business_unit_id: str | None = None
    description: str | None = None
    icon_url: str | None = None
    is_disabled: bool | None = None
    organization_id: str | None = None
    users: list[TeamUser] | None = None
    created_at: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = UNSET if self.name is None else self.name

        business_unit_id = UNSET if self.business_unit_id is None else self.business_unit_id

        description = UNSET if self.description is None else self.description

        icon_url = UNSET if self.icon_url is None else self.icon_url

        is_disabled = UNSET if self.is_disabled is None else self.is_disabled

        organization_id = UNSET if self.organization_id is None else self.organization_id

        _users = UNSET if self.users is None else self.users

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_users, Unset):
            users = []
            for users_item_data in _users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        created_at = UNSET if self.created_at is None else self.created_at

        updated_at = UNSET if self.updated_at is None else self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if business_unit_id is not UNSET:
            field_dict["business_unit_id"] = business_unit_id
        if description is not UNSET:
            field_dict["description"] = description
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if is_disabled is not UNSET:
            field_dict["is_disabled"] = is_disabled
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if users is not UNSET:
            field_dict["users"] = users
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        name = d.pop("name", None)

        business_unit_id = d.pop("business_unit_id", None)

        description = d.pop("description", None)

        icon_url = d.pop("icon_url", None)

        is_disabled = d.pop("is_disabled", None)

        organization_id = d.pop("organization_id", None)

        _users = d.pop("users", UNSET)
        users: list[TeamUser] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = TeamUser.from_dict(users_item_data)

                users.append(users_item)

        if users is UNSET:
            users = None

        created_at = d.pop("created_at", None)

        updated_at = d.pop("updated_at", None)

        team = cls(
            field_id=field_id,
            name=name,
            business_unit_id=business_unit_id,
            description=description,
            icon_url=icon_url,
            is_disabled=is_disabled,
            organization_id=organization_id,
            users=users,
            created_at=created_at,
            updated_at=updated_at,
        )

        team.additional_properties = d
        return team

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.team_user import TeamUser
