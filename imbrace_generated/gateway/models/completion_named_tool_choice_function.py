from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import WireAccess

T = TypeVar("T", bound="CompletionNamedToolChoiceFunction")


@_attrs_define(repr=False)
class CompletionNamedToolChoiceFunction(WireAccess):
    """
    Attributes:
        name (str):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
    }

    name: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        completion_named_tool_choice_function = cls(
            name=name,
        )

        return completion_named_tool_choice_function
