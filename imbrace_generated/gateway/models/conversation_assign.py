from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ConversationAssign")


@_attrs_define(repr=False)
class ConversationAssign(WireAccess):
    """spec:channel.json#assignConversationMember (`user_id`, `team_id`); the docs always give `user_id`.

    Attributes:
        conversation_id (str):
        user_id (str):
        team_id (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "conversation_id": "conversation_id",
        "user_id": "user_id",
        "team_id": "team_id",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "team_id",
        }
    )

    conversation_id: str
    user_id: str
    team_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        user_id = self.user_id

        team_id = UNSET if self.team_id is None else self.team_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "user_id": user_id,
            }
        )
        if team_id is not UNSET:
            field_dict["team_id"] = team_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        conversation_id = d.pop("conversation_id")

        user_id = d.pop("user_id")

        team_id = d.pop("team_id", None)

        conversation_assign = cls(
            conversation_id=conversation_id,
            user_id=user_id,
            team_id=team_id,
        )

        conversation_assign.additional_properties = d
        return conversation_assign

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
