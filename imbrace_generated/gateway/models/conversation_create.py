from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ConversationCreate")


@_attrs_define(repr=False)
class ConversationCreate(WireAccess):
    """The TS docs' body; the Python call sends none.

    Attributes:
        channel_id (str | None):
        contact_id (str | None):
        name (str | None):
        team_id (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "channel_id": "channel_id",
        "contact_id": "contact_id",
        "name": "name",
        "team_id": "team_id",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "channel_id",
            "contact_id",
            "name",
            "team_id",
        }
    )

    channel_id: str | None = None
    contact_id: str | None = None
    name: str | None = None
    team_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_id = UNSET if self.channel_id is None else self.channel_id

        contact_id = UNSET if self.contact_id is None else self.contact_id

        name = UNSET if self.name is None else self.name

        team_id = UNSET if self.team_id is None else self.team_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if name is not UNSET:
            field_dict["name"] = name
        if team_id is not UNSET:
            field_dict["team_id"] = team_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel_id = d.pop("channel_id", None)

        contact_id = d.pop("contact_id", None)

        name = d.pop("name", None)

        team_id = d.pop("team_id", None)

        conversation_create = cls(
            channel_id=channel_id,
            contact_id=contact_id,
            name=name,
            team_id=team_id,
        )

        conversation_create.additional_properties = d
        return conversation_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
