from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="CredentialsCheck")


@_attrs_define(repr=False)
class CredentialsCheck(WireAccess):
    """
    Attributes:
        valid (bool):
        user_id (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "valid": "valid",
        "user_id": "user_id",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "user_id",
        }
    )

    valid: bool
    user_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        valid = self.valid

        user_id = UNSET if self.user_id is None else self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "valid": valid,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        valid = d.pop("valid")

        user_id = d.pop("user_id", None)

        credentials_check = cls(
            valid=valid,
            user_id=user_id,
        )

        credentials_check.additional_properties = d
        return credentials_check

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
