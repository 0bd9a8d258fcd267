from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import WireAccess

T = TypeVar("T", bound="RoleAssign")


@_attrs_define(repr=False)
class RoleAssign(WireAccess):
    """The incumbent's `{user_id, role}`; `role` is a role's key.

    Attributes:
        user_id (str):
        role (str):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "user_id": "user_id",
        "role": "role",
    }

    user_id: str
    role: str

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        role = self.role

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user_id": user_id,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        role = d.pop("role")

        role_assign = cls(
            user_id=user_id,
            role=role,
        )

        return role_assign
