from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="RoleUpdate")


@_attrs_define(repr=False)
class RoleUpdate(WireAccess):
    """The incumbent's update body (the given fields only).

    Attributes:
        name (str | None):
        description (str | None):
        permissions (list[str] | None):
        priority (int | None):
        is_active (bool | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "description": "description",
        "permissions": "permissions",
        "priority": "priority",
        "is_active": "is_active",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "description",
            "permissions",
            "priority",
            "is_active",
        }
    )

    name: str | None = None
    description: str | None = None
    permissions: list[str] | None = None
    priority: int | None = None
    is_active: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = UNSET if self.name is None else self.name

        description = UNSET if self.description is None else self.description

        _permissions = UNSET if self.permissions is None else self.permissions

        permissions: list[str] | Unset = UNSET
        if not isinstance(_permissions, Unset):
            permissions = _permissions

        priority = UNSET if self.priority is None else self.priority

        is_active = UNSET if self.is_active is None else self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if priority is not UNSET:
            field_dict["priority"] = priority
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", None)

        description = d.pop("description", None)

        permissions = cast(list[str], d.pop("permissions", None))

        priority = d.pop("priority", None)

        is_active = d.pop("is_active", None)

        role_update = cls(
            name=name,
            description=description,
            permissions=permissions,
            priority=priority,
            is_active=is_active,
        )

        role_update.additional_properties = d
        return role_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
