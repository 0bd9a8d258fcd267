from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ChannelObserver")


@_attrs_define(repr=False)
class ChannelObserver(WireAccess):
    """A user observing a team's conversations.

    Attributes:
        user_id (str):
        team_id (str | None):
        display_name (str | None):
        email (str | None):
        role (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "user_id": "user_id",
        "team_id": "team_id",
        "display_name": "display_name",
        "email": "email",
        "role": "role",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "team_id",
            "display_name",
            "email",
            "role",
        }
    )

    user_id: str
    team_id: str | None = None
    display_name: str | None = None
    email: str | None = None
    role: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        team_id = UNSET if self.team_id is None else self.team_id

        display_name = UNSET if self.display_name is None else self.display_name

        email = UNSET if self.email is None else self.email

        role = UNSET if self.role is None else self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if email is not UNSET:
            field_dict["email"] = email
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        team_id = d.pop("team_id", None)

        display_name = d.pop("display_name", None)

        email = d.pop("email", None)

        role = d.pop("role", None)

        channel_observer = cls(
            user_id=user_id,
            team_id=team_id,
            display_name=display_name,
            email=email,
            role=role,
        )

        channel_observer.additional_properties = d
        return channel_observer

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
