from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="SignUpResult")


@_attrs_define(repr=False)
class SignUpResult(WireAccess):
    """
    Attributes:
        user_id (str | None):
        email (str | None):
        verified (bool | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "userId": "user_id",
        "email": "email",
        "verified": "verified",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "userId",
            "email",
            "verified",
        }
    )

    user_id: str | None = None
    email: str | None = None
    verified: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = UNSET if self.user_id is None else self.user_id

        email = UNSET if self.email is None else self.email

        verified = UNSET if self.verified is None else self.verified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if email is not UNSET:
            field_dict["email"] = email
        if verified is not UNSET:
            field_dict["verified"] = verified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("userId", None)

        email = d.pop("email", None)

        verified = d.pop("verified", None)

        sign_up_result = cls(
            user_id=user_id,
            email=email,
            verified=verified,
        )

        sign_up_result.additional_properties = d
        return sign_up_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
