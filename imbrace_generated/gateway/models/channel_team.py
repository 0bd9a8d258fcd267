from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ChannelTeam")


@_attrs_define(repr=False)
class ChannelTeam(WireAccess):
    """A team a conversation can be assigned to (the platform's team).

    Attributes:
        field_id (str):
        name (str | None):
        description (str | None):
        business_unit_id (str | None):
        member_count (int | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "name": "name",
        "description": "description",
        "business_unit_id": "business_unit_id",
        "member_count": "member_count",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "description",
            "business_unit_id",
            "member_count",
        }
    )

    field_id: str
    name: str | None = None
    description: str | None = None
    business_unit_id: str | None = None
    member_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = UNSET if self.name is None else self.name

        description = UNSET if self.description is None else self.description

        business_unit_id = UNSET if self.business_unit_id is None else self.business_unit_id

        member_count = UNSET if self.member_count is None else self.member_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if business_unit_id is not UNSET:
            field_dict["business_unit_id"] = business_unit_id
        if member_count is not UNSET:
            field_dict["member_count"] = member_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        name = d.pop("name", None)

        description = d.pop("description", None)

        business_unit_id = d.pop("business_unit_id", None)

        member_count = d.pop("member_count", None)

        channel_team = cls(
            field_id=field_id,
            name=name,
            description=description,
            business_unit_id=business_unit_id,
            member_count=member_count,
        )

        channel_team.additional_properties = d
        return channel_team

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
