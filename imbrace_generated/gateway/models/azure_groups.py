from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="AzureGroups")


@_attrs_define(repr=False)
class AzureGroups(WireAccess):
    """
    Attributes:
        groups (list[AzureGroupsGroupsItem] | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "groups": "groups",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "groups",
        }
    )

    groups: list[AzureGroupsGroupsItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _groups = UNSET if self.groups is None else self.groups

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_groups, Unset):
            groups = []
            for groups_item_data in _groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _groups = d.pop("groups", UNSET)
        groups: list[AzureGroupsGroupsItem] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = AzureGroupsGroupsItem.from_dict(groups_item_data)

                groups.append(groups_item)

        if groups is UNSET:
            groups = None

        azure_groups = cls(
            groups=groups,
        )

        azure_groups.additional_properties = d
        return azure_groups

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.azure_groups_groups_item import AzureGroupsGroupsItem
