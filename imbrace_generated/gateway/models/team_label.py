from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="TeamLabel")


@_attrs_define(repr=False)
class TeamLabel(WireAccess):
    """A label of a team (spec:platform.json#listTeamLabels declares no reply; the fields are the mock's).

    Attributes:
        field_id (str):
        name (str | None):
        color (str | None):
        team_id (str | None):
        organization_id (str | None):
        created_at (str | None):
        updated_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "name": "name",
        "color": "color",
        "team_id": "team_id",
        "organization_id": "organization_id",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "color",
            "team_id",
            "organization_id",
            "created_at",
            "updated_at",
        }
    )

    field_id: str
    name: str | None = None
    color: str | None = None
    team_id: str | None = None
    organization_id: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = UNSET if self.name is None else self.name

        color = UNSET if self.color is None else self.color

        team_id = UNSET if self.team_id is None else self.team_id

        organization_id = UNSET if self.organization_id is None else self.organization_id

        created_at = UNSET if self.created_at is None else self.created_at

        updated_at = UNSET if self.updated_at is None else self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if color is not UNSET:
            field_dict["color"] = color
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        name = d.pop("name", None)

        color = d.pop("color", None)

        team_id = d.pop("team_id", None)

        organization_id = d.pop("organization_id", None)

        created_at = d.pop("created_at", None)

        updated_at = d.pop("updated_at", None)

        team_label = cls(
            field_id=field_id,
            name=name,
            color=color,
            team_id=team_id,
            organization_id=organization_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        team_label.additional_properties = d
        return team_label

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
