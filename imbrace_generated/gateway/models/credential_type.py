from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="CredentialType")


@_attrs_define(repr=False)
class CredentialType(WireAccess):
    """One credential type (the fields are the mock's).

    Attributes:
        name (str | None):
        display_name (str | None):
        group (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "display_name": "display_name",
        "group": "group",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "display_name",
            "group",
        }
    )

    name: str | None = None
    display_name: str | None = None
    group: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = UNSET if self.name is None else self.name

        display_name = UNSET if self.display_name is None else self.display_name

        group = UNSET if self.group is None else self.group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if group is not UNSET:
            field_dict["group"] = group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", None)

        display_name = d.pop("display_name", None)

        group = d.pop("group", None)

        credential_type = cls(
            name=name,
            display_name=display_name,
            group=group,
        )

        credential_type.additional_properties = d
        return credential_type

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
