from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="EffectivePermissions")


@_attrs_define(repr=False)
class EffectivePermissions(WireAccess):
    """A user's role and the permissions it grants, wildcards expanded (guess).

    Attributes:
        user_id (str):
        role (str):
        permissions (list[str]):
        role_id (str | None):
        wildcard (bool | None): The role holds `*` (every permission).
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "user_id": "user_id",
        "role": "role",
        "permissions": "permissions",
        "role_id": "role_id",
        "wildcard": "wildcard",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "role_id",
            "wildcard",
        }
    )

    user_id: str
    role: str
    permissions: list[str]
    role_id: str | None = None
    wildcard: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        role = self.role

        permissions = self.permissions

        role_id = UNSET if self.role_id is None else self.role_id

        wildcard = UNSET if self.wildcard is None else self.wildcard

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "role": role,
                "permissions": permissions,
            }
        )
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if wildcard is not UNSET:
            field_dict["wildcard"] = wildcard

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        role = d.pop("role")

        permissions = cast(list[str], d.pop("permissions"))

        role_id = d.pop("role_id", None)

        wildcard = d.pop("wildcard", None)

        effective_permissions = cls(
            user_id=user_id,
            role=role,
            permissions=permissions,
            role_id=role_id,
            wildcard=wildcard,
        )

        effective_permissions.additional_properties = d
        return effective_permissions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
