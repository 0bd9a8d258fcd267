from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="TeamUpdate")


@_attrs_define(repr=False)
class TeamUpdate(WireAccess):
    """The fields of spec:platform.json#updateTeam; only those given change.

    Attributes:
        name (str | None):
        is_disabled (bool | None):
        icon_url (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "is_disabled": "is_disabled",
        "icon_url": "icon_url",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "is_disabled",
            "icon_url",
        }
    )

    name: str | None = None
    is_disabled: bool | None = None
    icon_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = UNSET if self.name is None else self.name

        is_disabled = UNSET if self.is_disabled is None else self.is_disabled

        icon_url = UNSET if self.icon_url is None else self.icon_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if is_disabled is not UNSET:
            field_dict["is_disabled"] = is_disabled
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", None)

        is_disabled = d.pop("is_disabled", None)

        icon_url = d.pop("icon_url", None)

        team_update = cls(
            name=name,
            is_disabled=is_disabled,
            icon_url=icon_url,
        )

        team_update.additional_properties = d
        return team_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
