from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..models.completion_named_tool_choice_type import (
    CompletionNamedToolChoiceType,
    check_completion_named_tool_choice_type,
)
from ..types import WireAccess

T = TypeVar("T", bound="CompletionNamedToolChoice")


@_attrs_define(repr=False)
class CompletionNamedToolChoice(WireAccess):
    """
    Attributes:
        type_ (CompletionNamedToolChoiceType):
        function (CompletionNamedToolChoiceFunction):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "type": "type_",
        "function": "function",
    }

    type_: CompletionNamedToolChoiceType
    function: CompletionNamedToolChoiceFunction

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        function = self.function.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "function": function,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_completion_named_tool_choice_type(d.pop("type"))

        function = CompletionNamedToolChoiceFunction.from_dict(d.pop("function"))

        completion_named_tool_choice = cls(
            type_=type_,
            function=function,
        )

        return completion_named_tool_choice


from ..models.completion_named_tool_choice_function import CompletionNamedToolChoiceFunction
