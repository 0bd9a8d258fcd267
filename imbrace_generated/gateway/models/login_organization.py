from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="LoginOrganization")


@_attrs_define(repr=False)
class LoginOrganization(WireAccess):
    """One organization the user belongs to (docs getting-started/setup.md; changelog 1.2.0 fields).

    Attributes:
        organization_id (str | None):
        id (str | None): The same id (older TS examples read `id`).
        display_name (str | None):
        name (str | None):
        role (str | None):
        status (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "organization_id": "organization_id",
        "id": "id",
        "display_name": "display_name",
        "name": "name",
        "role": "role",
        "status": "status",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "organization_id",
            "id",
            "display_name",
            "name",
            "role",
            "status",
        }
    )

    organization_id: str | None = None
    id: str | None = None
    display_name: str | None = None
    name: str | None = None
    role: str | None = None
    status: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = UNSET if self.organization_id is None else self.organization_id

        id = UNSET if self.id is None else self.id

        display_name = UNSET if self.display_name is None else self.display_name

        name = UNSET if self.name is None else self.name

        role = UNSET if self.role is None else self.role

        status = UNSET if self.status is None else self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if id is not UNSET:
            field_dict["id"] = id
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if name is not UNSET:
            field_dict["name"] = name
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization_id = d.pop("organization_id", None)

        id = d.pop("id", None)

        display_name = d.pop("display_name", None)

        name = d.pop("name", None)

        role = d.pop("role", None)

        status = d.pop("status", None)

        login_organization = cls(
            organization_id=organization_id,
            id=id,
            display_name=display_name,
            name=name,
            role=role,
            status=status,
        )

        login_organization.additional_properties = d
        return login_organization

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
