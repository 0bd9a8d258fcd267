from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireAccess

T = TypeVar("T", bound="ToolInputDeltaChunk")


@_attrs_define(repr=False)
class ToolInputDeltaChunk(WireAccess):
    """
    Attributes:
        type_ (Literal['tool-input-delta']):
        tool_call_id (str):
        input_text_delta (str):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "type": "type_",
        "toolCallId": "tool_call_id",
        "inputTextDelta": "input_text_delta",
    }

    type_: Literal["tool-input-delta"]
    tool_call_id: str
    input_text_delta: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        tool_call_id = self.tool_call_id

        input_text_delta = self.input_text_delta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "toolCallId": tool_call_id,
                "inputTextDelta": input_text_delta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["tool-input-delta"], d.pop("type"))
        if type_ != "tool-input-delta":
            raise ValueError(f"type must match const 'tool-input-delta', got '{type_}'")

        tool_call_id = d.pop("toolCallId")

        input_text_delta = d.pop("inputTextDelta")

        tool_input_delta_chunk = cls(
            type_=type_,
            tool_call_id=tool_call_id,
            input_text_delta=input_text_delta,
        )

        tool_input_delta_chunk.additional_properties = d
        return tool_input_delta_chunk

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
