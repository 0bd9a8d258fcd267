from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="TeamUserRole")


@_attrs_define(repr=False)
class TeamUserRole(WireAccess):
    """One user to add and the role they get in the team.

    Attributes:
        user_id (str):
        role (str | None):  Default: 'member'.
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "user_id": "user_id",
        "role": "role",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "role",
        }
    )

    user_id: str
    role: str | None = "member"

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        role = UNSET if self.role is None else self.role

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        role = d.pop("role", None)

        team_user_role = cls(
            user_id=user_id,
            role=role,
        )

        return team_user_role
