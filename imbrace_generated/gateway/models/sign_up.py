from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="SignUp")


@_attrs_define(repr=False)
class SignUp(WireAccess):
    """
    Attributes:
        email (str):
        password (str | None):
        name (str | None):
        organization_name (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "email": "email",
        "password": "password",
        "name": "name",
        "organizationName": "organization_name",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "password",
            "name",
            "organizationName",
        }
    )

    email: str
    password: str | None = None
    name: str | None = None
    organization_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = UNSET if self.password is None else self.password

        name = UNSET if self.name is None else self.name

        organization_name = UNSET if self.organization_name is None else self.organization_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password
        if name is not UNSET:
            field_dict["name"] = name
        if organization_name is not UNSET:
            field_dict["organizationName"] = organization_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        password = d.pop("password", None)

        name = d.pop("name", None)

        organization_name = d.pop("organizationName", None)

        sign_up = cls(
            email=email,
            password=password,
            name=name,
            organization_name=organization_name,
        )

        sign_up.additional_properties = d
        return sign_up

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
