from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_create_scope import RoleCreateScope, check_role_create_scope
from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="RoleCreate")


@_attrs_define(repr=False)
class RoleCreate(WireAccess):
    """The incumbent's create body; `key` is `^[a-z][a-z0-9_]{1,49}$` and must not clash with a system role.

    Attributes:
        key (str):
        name (str):
        description (str | None):
        permissions (list[str] | None):
        priority (int | None):
        scope (RoleCreateScope | None):
        team_id (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "key": "key",
        "name": "name",
        "description": "description",
        "permissions": "permissions",
        "priority": "priority",
        "scope": "scope",
        "team_id": "team_id",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "permissions",
            "priority",
            "scope",
            "team_id",
        }
    )

    key: str
    name: str
    description: str | None = None
    permissions: list[str] | None = None
    priority: int | None = None
    scope: RoleCreateScope | None = None
    team_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        description = UNSET if self.description is None else self.description

        _permissions = UNSET if self.permissions is None else self.permissions

        permissions: list[str] | Unset = UNSET
        if not isinstance(_permissions, Unset):
            permissions = _permissions

        priority = UNSET if self.priority is None else self.priority

        _scope = UNSET if self.scope is None else self.scope

        scope: str | Unset = UNSET
        if not isinstance(_scope, Unset):
            scope = _scope

        team_id = UNSET if self.team_id is None else self.team_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if priority is not UNSET:
            field_dict["priority"] = priority
        if scope is not UNSET:
            field_dict["scope"] = scope
        if team_id is not UNSET:
            field_dict["team_id"] = team_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        name = d.pop("name")

        description = d.pop("description", None)

        permissions = cast(list[str], d.pop("permissions", None))

        priority = d.pop("priority", None)

        _scope = d.pop("scope", None)
        scope = None if _scope is None else check_role_create_scope(_scope)

        team_id = d.pop("team_id", None)

        role_create = cls(
            key=key,
            name=name,
            description=description,
            permissions=permissions,
            priority=priority,
            scope=scope,
            team_id=team_id,
        )

        role_create.additional_properties = d
        return role_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
