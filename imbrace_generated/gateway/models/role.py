from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_scope import RoleScope, check_role_scope
from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="Role")


@_attrs_define(repr=False)
class Role(WireAccess):
    """A role. The fields a role is written with are the incumbent's (`key`, `name`, `description`,
    `permissions`, `priority`, `scope`, `team_id`, `is_active`); `is_system` (the built-in admin,
    supervisor, agent and member roles) and the rest are ours (guess).

        Attributes:
            field_id (str):
            key (str): The role's lowercase id, what a user's `role` holds.
            name (str):
            id (str | None):
            description (str | None):
            permissions (list[str] | None): Permission keys (`boards.read`), `<group>.*` or `*`.
            priority (int | None):
            scope (RoleScope | None):
            team_id (str | None):
            is_active (bool | None):
            is_system (bool | None):
            organization_id (str | None): The owner organization; absent on system roles.
            created_at (str | None):
            updated_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "key": "key",
        "name": "name",
        "id": "id",
        "description": "description",
        "permissions": "permissions",
        "priority": "priority",
        "scope": "scope",
        "team_id": "team_id",
        "is_active": "is_active",
        "is_system": "is_system",
        "organization_id": "organization_id",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "description",
            "permissions",
            "priority",
            "scope",
            "team_id",
            "is_active",
            "is_system",
            "organization_id",
            "created_at",
            "updated_at",
        }
    )

    field_id: str
    key: str
    name: str
    id: str | None = None
    description: str | None = None
    permissions: list[str] | None = None
    priority: int | None = None
    scope: RoleScope | None = None
    team_id: str | None = None
    is_active: bool | None = None
    is_system: bool | None = None
    organization_id: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        key = self.key

        name = self.name

        id = UNSET if self.id is None else self.id

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

        is_active = UNSET if self.is_active is None else self.is_active

        is_system = UNSET if self.is_system is None else self.is_system

        organization_id = UNSET if self.organization_id is None else self.organization_id

        created_at = UNSET if self.created_at is None else self.created_at

        updated_at = UNSET if self.updated_at is None else self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "key": key,
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
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
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_system is not UNSET:
            field_dict["is_system"] = is_system
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        key = d.pop("key")

        name = d.pop("name")

        id = d.pop("id", None)

        description = d.pop("description", None)

        permissions = cast(list[str], d.pop("permissions", None))

        priority = d.pop("priority", None)

        _scope = d.pop("scope", None)
        scope = None if _scope is None else check_role_scope(_scope)

        team_id = d.pop("team_id", None)

        is_active = d.pop("is_active", None)

        is_system = d.pop("is_system", None)

        organization_id = d.pop("organization_id", None)

        created_at = d.pop("created_at", None)

        updated_at = d.pop("updated_at", None)

        role = cls(
            field_id=field_id,
            key=key,
            name=name,
            id=id,
            description=description,
            permissions=permissions,
            priority=priority,
            scope=scope,
            team_id=team_id,
            is_active=is_active,
            is_system=is_system,
            organization_id=organization_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        role.additional_properties = d
        return role

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
