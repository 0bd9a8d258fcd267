from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireAccess

T = TypeVar("T", bound="OidcRoleMappingBulk")


@_attrs_define(repr=False)
class OidcRoleMappingBulk(WireAccess):
    """
    Attributes:
        mappings (list[OidcRoleMappingInput]):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "mappings": "mappings",
    }

    mappings: list[OidcRoleMappingInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mappings = []
        for mappings_item_data in self.mappings:
            mappings_item = mappings_item_data.to_dict()
            mappings.append(mappings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mappings": mappings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mappings = []
        _mappings = d.pop("mappings")
        for mappings_item_data in _mappings:
            mappings_item = OidcRoleMappingInput.from_dict(mappings_item_data)

            mappings.append(mappings_item)

        oidc_role_mapping_bulk = cls(
            mappings=mappings,
        )

        oidc_role_mapping_bulk.additional_properties = d
        return oidc_role_mapping_bulk

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.oidc_role_mapping_input import OidcRoleMappingInput
