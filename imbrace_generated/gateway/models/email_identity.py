from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="EmailIdentity")


@_attrs_define(repr=False)
class EmailIdentity(WireAccess):
    """
    Attributes:
        email (str):
        password (str | None):
        otp (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "email": "email",
        "password": "password",
        "otp": "otp",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "password",
            "otp",
        }
    )

    email: str
    password: str | None = None
    otp: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = UNSET if self.password is None else self.password

        otp = UNSET if self.otp is None else self.otp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password
        if otp is not UNSET:
            field_dict["otp"] = otp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        password = d.pop("password", None)

        otp = d.pop("otp", None)

        email_identity = cls(
            email=email,
            password=password,
            otp=otp,
        )

        email_identity.additional_properties = d
        return email_identity

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
