from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="Health")


@_attrs_define(repr=False)
class Health(WireAccess):
    """
    Attributes:
        status (str):
        checks (HealthChecks | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "status": "status",
        "checks": "checks",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "checks",
        }
    )

    status: str
    checks: HealthChecks | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        _checks = UNSET if self.checks is None else self.checks

        checks: dict[str, Any] | Unset = UNSET
        if not isinstance(_checks, Unset):
            checks = _checks.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if checks is not UNSET:
            field_dict["checks"] = checks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        _checks = d.pop("checks", None)
        checks = None if _checks is None else HealthChecks.from_dict(_checks)

        health = cls(
            status=status,
            checks=checks,
        )

        health.additional_properties = d
        return health

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.health_checks import HealthChecks
