from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ThirdPartyTokenRequest")


@_attrs_define(repr=False)
class ThirdPartyTokenRequest(WireAccess):
    """`expirationDays` (docs guides/api-key.md); `name`, `neverExpire`, `permissions` (incumbent api_keys.create).

    Attributes:
        expiration_days (int | None): guess: the platform's upper bound is unknown; 10 years here.
        name (str | None):
        never_expire (bool | None):
        permissions (list[str] | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "expirationDays": "expiration_days",
        "name": "name",
        "neverExpire": "never_expire",
        "permissions": "permissions",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "expirationDays",
            "name",
            "neverExpire",
            "permissions",
        }
    )

    expiration_days: int | None = None
    name: str | None = None
    never_expire: bool | None = None
    permissions: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expiration_days = UNSET if self.expiration_days is None else self.expiration_days

        name = UNSET if self.name is None else self.name

        never_expire = UNSET if self.never_expire is None else self.never_expire

        _permissions = UNSET if self.permissions is None else self.permissions

        permissions: list[str] | Unset = UNSET
        if not isinstance(_permissions, Unset):
            permissions = _permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if expiration_days is not UNSET:
            field_dict["expirationDays"] = expiration_days
        if name is not UNSET:
            field_dict["name"] = name
        if never_expire is not UNSET:
            field_dict["neverExpire"] = never_expire
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expiration_days = d.pop("expirationDays", None)

        name = d.pop("name", None)

        never_expire = d.pop("neverExpire", None)

        permissions = cast(list[str], d.pop("permissions", None))

        third_party_token_request = cls(
            expiration_days=expiration_days,
            name=name,
            never_expire=never_expire,
            permissions=permissions,
        )

        third_party_token_request.additional_properties = d
        return third_party_token_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
