from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="PermissionGroup")


@_attrs_define(repr=False)
class PermissionGroup(WireAccess):
    """One resource's permissions (guess).

    Attributes:
        key (str):
        permissions (list[str]):
        label (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "key": "key",
        "permissions": "permissions",
        "label": "label",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "label",
        }
    )

    key: str
    permissions: list[str]
    label: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        permissions = self.permissions

        label = UNSET if self.label is None else self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "permissions": permissions,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        permissions = cast(list[str], d.pop("permissions"))

        label = d.pop("label", None)

        permission_group = cls(
            key=key,
            permissions=permissions,
            label=label,
        )

        permission_group.additional_properties = d
        return permission_group

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
