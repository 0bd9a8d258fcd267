from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="TeamJoinRequest")


@_attrs_define(repr=False)
class TeamJoinRequest(WireAccess):
    """A request to join a team (the incumbent passes the body through; `message` is our reading).

    Attributes:
        message (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "message": "message",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "message",
        }
    )

    message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = UNSET if self.message is None else self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", None)

        team_join_request = cls(
            message=message,
        )

        team_join_request.additional_properties = d
        return team_join_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
