from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireAccess

T = TypeVar("T", bound="OidcRoleMappingInput")


@_attrs_define(repr=False)
class OidcRoleMappingInput(WireAccess):
    """
    Attributes:
        role (str):
        claim (str):
        value (str):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "role": "role",
        "claim": "claim",
        "value": "value",
    }

    role: str
    claim: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        claim = self.claim

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "claim": claim,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = d.pop("role")

        claim = d.pop("claim")

        value = d.pop("value")

        oidc_role_mapping_input = cls(
            role=role,
            claim=claim,
            value=value,
        )

        oidc_role_mapping_input.additional_properties = d
        return oidc_role_mapping_input

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
