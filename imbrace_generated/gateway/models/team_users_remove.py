from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define

from ..types import WireAccess

T = TypeVar("T", bound="TeamUsersRemove")


@_attrs_define(repr=False)
class TeamUsersRemove(WireAccess):
    """The body of spec:platform.json#removeTeamUsers.

    Attributes:
        team_id (str):
        user_ids (list[str]):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "team_id": "team_id",
        "user_ids": "user_ids",
    }

    team_id: str
    user_ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        team_id = self.team_id

        user_ids = self.user_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "team_id": team_id,
                "user_ids": user_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        team_id = d.pop("team_id")

        user_ids = cast(list[str], d.pop("user_ids"))

        team_users_remove = cls(
            team_id=team_id,
            user_ids=user_ids,
        )

        return team_users_remove
