from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_version_state import FlowVersionState, check_flow_version_state
from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="FlowVersion")


@_attrs_define(repr=False)
class FlowVersion(WireAccess):
    """
    Attributes:
        id (str | None):
        display_name (str | None):
        state (FlowVersionState | None):
        valid (bool | None):
        trigger (FlowVersionTrigger | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "id": "id",
        "displayName": "display_name",
        "state": "state",
        "valid": "valid",
        "trigger": "trigger",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "displayName",
            "state",
            "valid",
            "trigger",
        }
    )

    id: str | None = None
    display_name: str | None = None
    state: FlowVersionState | None = None
    valid: bool | None = None
    trigger: FlowVersionTrigger | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = UNSET if self.id is None else self.id

        display_name = UNSET if self.display_name is None else self.display_name

        _state = UNSET if self.state is None else self.state

        state: str | Unset = UNSET
        if not isinstance(_state, Unset):
            state = _state

        valid = UNSET if self.valid is None else self.valid

        _trigger = UNSET if self.trigger is None else self.trigger

        trigger: dict[str, Any] | Unset = UNSET
        if not isinstance(_trigger, Unset):
            trigger = _trigger.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if state is not UNSET:
            field_dict["state"] = state
        if valid is not UNSET:
            field_dict["valid"] = valid
        if trigger is not UNSET:
            field_dict["trigger"] = trigger

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", None)

        display_name = d.pop("displayName", None)

        _state = d.pop("state", None)
        state = None if _state is None else check_flow_version_state(_state)

        valid = d.pop("valid", None)

        _trigger = d.pop("trigger", None)
        trigger = None if _trigger is None else FlowVersionTrigger.from_dict(_trigger)

        flow_version = cls(
            id=id,
            display_name=display_name,
            state=state,
            valid=valid,
            trigger=trigger,
        )

        flow_version.additional_properties = d
        return flow_version

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.flow_version_trigger import FlowVersionTrigger
