from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="TeamMembershipBody")


@_attrs_define(repr=False)
class TeamMembershipBody(WireAccess):
    """The team to join or leave (the incumbent passes the body through; `team_id` is our reading).

    Attributes:
        team_id (str | None):
        role (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "team_id": "team_id",
        "role": "role",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "team_id",
            "role",
        }
    )

    team_id: str | None = None
    role: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        team_id = UNSET if self.team_id is None else self.team_id

        role = UNSET if self.role is None else self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        team_id = d.pop("team_id", None)

        role = d.pop("role", None)

        team_membership_body = cls(
            team_id=team_id,
            role=role,
        )

        team_membership_body.additional_properties = d
        return team_membership_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
