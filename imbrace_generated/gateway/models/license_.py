from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.license_status import LicenseStatus, check_license_status
from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="License")


@_attrs_define(repr=False)
class License(WireAccess):
    """The installation's license (guess; the key is shown masked).

    Attributes:
        status (LicenseStatus):
        valid (bool):
        key (str | None): The key with all but its last group masked.
        plan (str | None):
        seats (int | None):
        features (list[str] | None):
        activated_at (str | None):
        expires_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "status": "status",
        "valid": "valid",
        "key": "key",
        "plan": "plan",
        "seats": "seats",
        "features": "features",
        "activatedAt": "activated_at",
        "expiresAt": "expires_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "key",
            "plan",
            "seats",
            "features",
            "activatedAt",
            "expiresAt",
        }
    )

    status: LicenseStatus
    valid: bool
    key: str | None = None
    plan: str | None = None
    seats: int | None = None
    features: list[str] | None = None
    activated_at: str | None = None
    expires_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        valid = self.valid

        key = UNSET if self.key is None else self.key

        plan = UNSET if self.plan is None else self.plan

        seats = UNSET if self.seats is None else self.seats

        _features = UNSET if self.features is None else self.features

        features: list[str] | Unset = UNSET
        if not isinstance(_features, Unset):
            features = _features

        activated_at = UNSET if self.activated_at is None else self.activated_at

        expires_at = UNSET if self.expires_at is None else self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "valid": valid,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if plan is not UNSET:
            field_dict["plan"] = plan
        if seats is not UNSET:
            field_dict["seats"] = seats
        if features is not UNSET:
            field_dict["features"] = features
        if activated_at is not UNSET:
            field_dict["activatedAt"] = activated_at
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_license_status(d.pop("status"))

        valid = d.pop("valid")

        key = d.pop("key", None)

        plan = d.pop("plan", None)

        seats = d.pop("seats", None)

        features = cast(list[str], d.pop("features", None))

        activated_at = d.pop("activatedAt", None)

        expires_at = d.pop("expiresAt", None)

        license_ = cls(
            status=status,
            valid=valid,
            key=key,
            plan=plan,
            seats=seats,
            features=features,
            activated_at=activated_at,
            expires_at=expires_at,
        )

        license_.additional_properties = d
        return license_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
