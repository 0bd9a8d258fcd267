from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="TeamUsersAdd")


@_attrs_define(repr=False)
class TeamUsersAdd(WireAccess):
    """The body of spec:platform.json#addTeamUsers; the incumbent sends `users` as `[{user_id, role}]`.

    Attributes:
        team_id (str):
        users (list[TeamUserRole]):
        reserve_leave (bool | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "team_id": "team_id",
        "users": "users",
        "reserve_leave": "reserve_leave",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "reserve_leave",
        }
    )

    team_id: str
    users: list[TeamUserRole]
    reserve_leave: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        team_id = self.team_id

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        reserve_leave = UNSET if self.reserve_leave is None else self.reserve_leave

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "team_id": team_id,
                "users": users,
            }
        )
        if reserve_leave is not UNSET:
            field_dict["reserve_leave"] = reserve_leave

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        team_id = d.pop("team_id")

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = TeamUserRole.from_dict(users_item_data)

            users.append(users_item)

        reserve_leave = d.pop("reserve_leave", None)

        team_users_add = cls(
            team_id=team_id,
            users=users,
            reserve_leave=reserve_leave,
        )

        return team_users_add


from ..models.team_user_role import TeamUserRole
