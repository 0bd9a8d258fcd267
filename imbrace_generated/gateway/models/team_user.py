from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="TeamUser")


@_attrs_define(repr=False)
class TeamUser(WireAccess):
    """A user's membership of a team, with the user's name and email.

    Attributes:
        field_id (str):
        team_id (str):
        user_id (str):
        role (str | None):
        status (str | None): `pending` for a join request not yet approved; otherwise a membership.
        display_name (str | None):
        email (str | None):
        organization_id (str | None):
        created_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "team_id": "team_id",
        "user_id": "user_id",
        "role": "role",
        "status": "status",
        "display_name": "display_name",
        "email": "email",
        "organization_id": "organization_id",
        "created_at": "created_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "role",
            "status",
            "display_name",
            "email",
            "organization_id",
            "created_at",
        }
    )

    field_id: str
    team_id: str
    user_id: str
    role: str | None = None
    status: str | None = None
    display_name: str | None = None
    email: str | None = None
    organization_id: str | None = None
    created_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        team_id = self.team_id

        user_id = self.user_id

        role = UNSET if self.role is None else self.role

        status = UNSET if self.status is None else self.status

        display_name = UNSET if self.display_name is None else self.display_name

        email = UNSET if self.email is None else self.email

        organization_id = UNSET if self.organization_id is None else self.organization_id

        created_at = UNSET if self.created_at is None else self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "team_id": team_id,
                "user_id": user_id,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET:
            field_dict["status"] = status
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if email is not UNSET:
            field_dict["email"] = email
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        team_id = d.pop("team_id")

        user_id = d.pop("user_id")

        role = d.pop("role", None)

        status = d.pop("status", None)

        display_name = d.pop("display_name", None)

        email = d.pop("email", None)

        organization_id = d.pop("organization_id", None)

        created_at = d.pop("created_at", None)

        team_user = cls(
            field_id=field_id,
            team_id=team_id,
            user_id=user_id,
            role=role,
            status=status,
            display_name=display_name,
            email=email,
            organization_id=organization_id,
            created_at=created_at,
        )

        team_user.additional_properties = d
        return team_user

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
