from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ConversationViewsCount")


@_attrs_define(repr=False)
class ConversationViewsCount(WireAccess):
    """Open conversations per view, and conversations per status.

    Attributes:
        outstanding (int | None):
        mine (int | None):
        team (int | None):
        all_ (int | None):
        statuses (ConversationViewsCountStatuses | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "outstanding": "outstanding",
        "mine": "mine",
        "team": "team",
        "all": "all_",
        "statuses": "statuses",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "outstanding",
            "mine",
            "team",
            "all",
            "statuses",
        }
    )

    outstanding: int | None = None
    mine: int | None = None
    team: int | None = None
    all_: int | None = None
    statuses: ConversationViewsCountStatuses | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outstanding = UNSET if self.outstanding is None else self.outstanding

        mine = UNSET if self.mine is None else self.mine

        team = UNSET if self.team is None else self.team

        all_ = UNSET if self.all_ is None else self.all_

        _statuses = UNSET if self.statuses is None else self.statuses

        statuses: dict[str, Any] | Unset = UNSET
        if not isinstance(_statuses, Unset):
            statuses = _statuses.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if outstanding is not UNSET:
            field_dict["outstanding"] = outstanding
        if mine is not UNSET:
            field_dict["mine"] = mine
        if team is not UNSET:
            field_dict["team"] = team
        if all_ is not UNSET:
            field_dict["all"] = all_
        if statuses is not UNSET:
            field_dict["statuses"] = statuses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outstanding = d.pop("outstanding", None)

        mine = d.pop("mine", None)

        team = d.pop("team", None)

        all_ = d.pop("all", None)

        _statuses = d.pop("statuses", None)
        statuses = None if _statuses is None else ConversationViewsCountStatuses.from_dict(_statuses)

        conversation_views_count = cls(
            outstanding=outstanding,
            mine=mine,
            team=team,
            all_=all_,
            statuses=statuses,
        )

        conversation_views_count.additional_properties = d
        return conversation_views_count

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.conversation_views_count_statuses import ConversationViewsCountStatuses
