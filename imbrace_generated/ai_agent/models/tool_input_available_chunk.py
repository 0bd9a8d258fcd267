from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ToolInputAvailableChunk")


@_attrs_define(repr=False)
class ToolInputAvailableChunk(WireAccess):
    """
    Attributes:
        type_ (Literal['tool-input-available']):
        tool_call_id (str):
        tool_name (str):
        input_ (Any | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "type": "type_",
        "toolCallId": "tool_call_id",
        "toolName": "tool_name",
        "input": "input_",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "input",
        }
    )

    type_: Literal["tool-input-available"]
    tool_call_id: str
    tool_name: str
    input_: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        tool_call_id = self.tool_call_id

        tool_name = self.tool_name

        input_ = UNSET if self.input_ is None else self.input_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "toolCallId": tool_call_id,
                "toolName": tool_name,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["tool-input-available"], d.pop("type"))
        if type_ != "tool-input-available":
            raise ValueError(f"type must match const 'tool-input-available', got '{type_}'")

        tool_call_id = d.pop("toolCallId")

        tool_name = d.pop("toolName")

        input_ = d.pop("input", None)

        tool_input_available_chunk = cls(
            type_=type_,
            tool_call_id=tool_call_id,
            tool_name=tool_name,
            input_=input_,
        )

        tool_input_available_chunk.additional_properties = d
        return tool_input_available_chunk

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
