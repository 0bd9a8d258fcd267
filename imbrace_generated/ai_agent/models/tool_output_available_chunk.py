from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ToolOutputAvailableChunk")


@_attrs_define(repr=False)
class ToolOutputAvailableChunk(WireAccess):
    """
    Attributes:
        type_ (Literal['tool-output-available']):
        tool_call_id (str):
        output (Any | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "type": "type_",
        "toolCallId": "tool_call_id",
        "output": "output",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "output",
        }
    )

    type_: Literal["tool-output-available"]
    tool_call_id: str
    output: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        tool_call_id = self.tool_call_id

        output = UNSET if self.output is None else self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "toolCallId": tool_call_id,
            }
        )
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["tool-output-available"], d.pop("type"))
        if type_ != "tool-output-available":
            raise ValueError(f"type must match const 'tool-output-available', got '{type_}'")

        tool_call_id = d.pop("toolCallId")

        output = d.pop("output", None)

        tool_output_available_chunk = cls(
            type_=type_,
            tool_call_id=tool_call_id,
            output=output,
        )

        tool_output_available_chunk.additional_properties = d
        return tool_output_available_chunk

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
