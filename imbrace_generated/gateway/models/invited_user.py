from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="InvitedUser")


@_attrs_define(repr=False)
class InvitedUser(WireAccess):
    """One person to invite.

    Attributes:
        email (str | None):
        role (str | None):
        display_name (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "email": "email",
        "role": "role",
        "display_name": "display_name",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "email",
            "role",
            "display_name",
        }
    )

    email: str | None = None
    role: str | None = None
    display_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = UNSET if self.email is None else self.email

        role = UNSET if self.role is None else self.role

        display_name = UNSET if self.display_name is None else self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if email is not UNSET:
            field_dict["email"] = email
        if role is not UNSET:
            field_dict["role"] = role
        if display_name is not UNSET:
            field_dict["display_name"] = display_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", None)

        role = d.pop("role", None)

        display_name = d.pop("display_name", None)

        invited_user = cls(
            email=email,
            role=role,
            display_name=display_name,
        )

        invited_user.additional_properties = d
        return invited_user

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
