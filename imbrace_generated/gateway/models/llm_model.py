from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="LlmModel")


@_attrs_define(repr=False)
class LlmModel(WireAccess):
    """
    Attributes:
        name (str):
        is_tool_call_available (bool | None):
        is_vision_available (bool | None):
        is_support_thinking (bool | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "is_toolCall_available": "is_tool_call_available",
        "is_vision_available": "is_vision_available",
        "is_support_thinking": "is_support_thinking",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "is_toolCall_available",
            "is_vision_available",
            "is_support_thinking",
        }
    )

    name: str
    is_tool_call_available: bool | None = None
    is_vision_available: bool | None = None
    is_support_thinking: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_tool_call_available = UNSET if self.is_tool_call_available is None else self.is_tool_call_available

        is_vision_available = UNSET if self.is_vision_available is None else self.is_vision_available

        is_support_thinking = UNSET if self.is_support_thinking is None else self.is_support_thinking

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if is_tool_call_available is not UNSET:
            field_dict["is_toolCall_available"] = is_tool_call_available
        if is_vision_available is not UNSET:
            field_dict["is_vision_available"] = is_vision_available
        if is_support_thinking is not UNSET:
            field_dict["is_support_thinking"] = is_support_thinking

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        is_tool_call_available = d.pop("is_toolCall_available", None)

        is_vision_available = d.pop("is_vision_available", None)

        is_support_thinking = d.pop("is_support_thinking", None)

        llm_model = cls(
            name=name,
            is_tool_call_available=is_tool_call_available,
            is_vision_available=is_vision_available,
            is_support_thinking=is_support_thinking,
        )

        llm_model.additional_properties = d
        return llm_model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
