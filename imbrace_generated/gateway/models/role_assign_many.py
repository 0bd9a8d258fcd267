from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define

from ..types import WireAccess

T = TypeVar("T", bound="RoleAssignMany")


@_attrs_define(repr=False)
class RoleAssignMany(WireAccess):
    """The incumbent's `{user_ids, role}`.

    Attributes:
        user_ids (list[str]):
        role (str):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "user_ids": "user_ids",
        "role": "role",
    }

    user_ids: list[str]
    role: str

    def to_dict(self) -> dict[str, Any]:
        user_ids = self.user_ids

        role = self.role

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user_ids": user_ids,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_ids = cast(list[str], d.pop("user_ids"))

        role = d.pop("role")

        role_assign_many = cls(
            user_ids=user_ids,
            role=role,
        )

        return role_assign_many
