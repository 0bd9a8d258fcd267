from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="WorkflowFunctionCall")


@_attrs_define(repr=False)
class WorkflowFunctionCall(WireAccess):
    """A flow the agent may call as a tool.

    Attributes:
        flow_id (str):
        description (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "flow_id": "flow_id",
        "description": "description",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
        }
    )

    flow_id: str
    description: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flow_id = self.flow_id

        description = UNSET if self.description is None else self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flow_id": flow_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        flow_id = d.pop("flow_id")

        description = d.pop("description", None)

        workflow_function_call = cls(
            flow_id=flow_id,
            description=description,
        )

        workflow_function_call.additional_properties = d
        return workflow_function_call

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
