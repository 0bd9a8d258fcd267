from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="TeamCreate")


@_attrs_define(repr=False)
class TeamCreate(WireAccess):
    """The fields of spec:platform.json#createTeam.

    Attributes:
        name (str):
        business_unit_id (str | None):
        description (str | None):
        icon_url (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "business_unit_id": "business_unit_id",
        "description": "description",
        "icon_url": "icon_url",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "business_unit_id",
            "description",
            "icon_url",
        }
    )

    name: str
    business_unit_id: str | None = None
    description: str | None = None
    icon_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        business_unit_id = UNSET if self.business_unit_id is None else self.business_unit_id

        description = UNSET if self.description is None else self.description

        icon_url = UNSET if self.icon_url is None else self.icon_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if business_unit_id is not UNSET:
            field_dict["business_unit_id"] = business_unit_id
        if description is not UNSET:
            field_dict["description"] = description
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        business_unit_id = d.pop("business_unit_id", None)

        description = d.pop("description", None)

        icon_url = d.pop("icon_url", None)

        team_create = cls(
            name=name,
            business_unit_id=business_unit_id,
            description=description,
            icon_url=icon_url,
        )

        team_create.additional_properties = d
        return team_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
