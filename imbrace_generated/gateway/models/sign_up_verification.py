from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="SignUpVerification")


@_attrs_define(repr=False)
class SignUpVerification(WireAccess):
    """
    Attributes:
        verified (bool | None):
        email (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "verified": "verified",
        "email": "email",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "verified",
            "email",
        }
    )

    verified: bool | None = None
    email: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verified = UNSET if self.verified is None else self.verified

        email = UNSET if self.email is None else self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if verified is not UNSET:
            field_dict["verified"] = verified
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        verified = d.pop("verified", None)

        email = d.pop("email", None)

        sign_up_verification = cls(
            verified=verified,
            email=email,
        )

        sign_up_verification.additional_properties = d
        return sign_up_verification

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
