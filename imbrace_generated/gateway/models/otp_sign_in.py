from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireAccess

T = TypeVar("T", bound="OtpSignIn")


@_attrs_define(repr=False)
class OtpSignIn(WireAccess):
    """
    Attributes:
        email (str):
        otp (str):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "email": "email",
        "otp": "otp",
    }

    email: str
    otp: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        otp = self.otp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "otp": otp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        otp = d.pop("otp")

        otp_sign_in = cls(
            email=email,
            otp=otp,
        )

        otp_sign_in.additional_properties = d
        return otp_sign_in

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
