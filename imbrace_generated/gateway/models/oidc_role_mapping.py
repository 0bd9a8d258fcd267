from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="OidcRoleMapping")


@_attrs_define(repr=False)
class OidcRoleMapping(WireAccess):
    """
    Attributes:
        field_id (str | None):
        role (str | None):
        claim (str | None):
        value (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "role": "role",
        "claim": "claim",
        "value": "value",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "_id",
            "role",
            "claim",
            "value",
        }
    )

    field_id: str | None = None
    role: str | None = None
    claim: str | None = None
    value: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = UNSET if self.field_id is None else self.field_id

        role = UNSET if self.role is None else self.role

        claim = UNSET if self.claim is None else self.claim

        value = UNSET if self.value is None else self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if role is not UNSET:
            field_dict["role"] = role
        if claim is not UNSET:
            field_dict["claim"] = claim
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", None)

        role = d.pop("role", None)

        claim = d.pop("claim", None)

        value = d.pop("value", None)

        oidc_role_mapping = cls(
            field_id=field_id,
            role=role,
            claim=claim,
            value=value,
        )

        oidc_role_mapping.additional_properties = d
        return oidc_role_mapping

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
