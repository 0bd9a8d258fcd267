from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="CompletionToolCallFunction")


@_attrs_define(repr=False)
class CompletionToolCallFunction(WireAccess):
    """
    Attributes:
        name (str | None):
        arguments (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "arguments": "arguments",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "arguments",
        }
    )

    name: str | None = None
    arguments: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = UNSET if self.name is None else self.name

        arguments = UNSET if self.arguments is None else self.arguments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if arguments is not UNSET:
            field_dict["arguments"] = arguments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", None)

        arguments = d.pop("arguments", None)

        completion_tool_call_function = cls(
            name=name,
            arguments=arguments,
        )

        completion_tool_call_function.additional_properties = d
        return completion_tool_call_function

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
