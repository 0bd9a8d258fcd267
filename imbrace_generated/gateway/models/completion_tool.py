from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..models.completion_tool_type import CompletionToolType, check_completion_tool_type
from ..types import WireAccess

T = TypeVar("T", bound="CompletionTool")


@_attrs_define(repr=False)
class CompletionTool(WireAccess):
    """
    Attributes:
        type_ (CompletionToolType):
        function (CompletionFunction):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "type": "type_",
        "function": "function",
    }

    type_: CompletionToolType
    function: CompletionFunction

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
        type_ = check_completion_tool_type(d.pop("type"))

        function = CompletionFunction.from_dict(d.pop("function"))

        completion_tool = cls(
            type_=type_,
            function=function,
        )

        return completion_tool


from ..models.completion_function import CompletionFunction
