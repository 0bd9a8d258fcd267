from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="TeamUserRoleUpdate")


@_attrs_define(repr=False)
class TeamUserRoleUpdate(WireAccess):
    """A member's new role (the incumbent passes the body through; `role` is our reading).

    Attributes:
        role (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "role": "role",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "role",
        }
    )

    role: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = UNSET if self.role is None else self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = d.pop("role", None)

        team_user_role_update = cls(
            role=role,
        )

        team_user_role_update.additional_properties = d
        return team_user_role_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
