from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="PermissionCatalogue")


@_attrs_define(repr=False)
class PermissionCatalogue(WireAccess):
    """`{groups, all, wildcard?}` as the incumbent documents it; `wildcard` is the permission that grants all.

    Attributes:
        groups (list[PermissionGroup]):
        all_ (list[str]):
        wildcard (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "groups": "groups",
        "all": "all_",
        "wildcard": "wildcard",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "wildcard",
        }
    )

    groups: list[PermissionGroup]
    all_: list[str]
    wildcard: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        all_ = self.all_

        wildcard = UNSET if self.wildcard is None else self.wildcard

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "groups": groups,
                "all": all_,
            }
        )
        if wildcard is not UNSET:
            field_dict["wildcard"] = wildcard

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = PermissionGroup.from_dict(groups_item_data)

            groups.append(groups_item)

        all_ = cast(list[str], d.pop("all"))

        wildcard = d.pop("wildcard", None)

        permission_catalogue = cls(
            groups=groups,
            all_=all_,
            wildcard=wildcard,
        )

        permission_catalogue.additional_properties = d
        return permission_catalogue

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.permission_group import PermissionGroup
