from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_version_state import FlowVersionState, check_flow_version_state
from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="FlowVersion")


@_attrs_define
class FlowVersion(WireAccess):
    """
    Attributes:
        id (str | Unset):
        display_name (str | Unset):
        state (FlowVersionState | Unset):
        valid (bool | Unset):
        trigger (FlowVersionTrigger | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "id": "id",
        "displayName": "display_name",
        "state": "state",
        "valid": "valid",
        "trigger": "trigger",
    }

    id: str | Unset = UNSET
    display_name: str | Unset = UNSET
    state: FlowVersionState | Unset = UNSET
    valid: bool | Unset = UNSET
    trigger: FlowVersionTrigger | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_name = self.display_name

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        valid = self.valid

        trigger: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger, Unset):
            trigger = self.trigger.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        id = d.pop("id", UNSET)

        display_name = d.pop("displayName", UNSET)

        _state = d.pop("state", UNSET)
        state: FlowVersionState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_flow_version_state(_state)

        valid = d.pop("valid", UNSET)

        _trigger = d.pop("trigger", UNSET)
        trigger: FlowVersionTrigger | Unset
        if isinstance(_trigger, Unset):
            trigger = UNSET
        else:
            trigger = FlowVersionTrigger.from_dict(_trigger)

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
