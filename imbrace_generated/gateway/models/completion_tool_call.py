from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="CompletionToolCall")


@_attrs_define(repr=False)
class CompletionToolCall(WireAccess):
    """One function call of an assistant message; `arguments` is a JSON text.

    Attributes:
        id (str | None):
        type_ (str | None):
        function (CompletionToolCallFunction | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "id": "id",
        "type": "type_",
        "function": "function",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "type",
            "function",
        }
    )

    id: str | None = None
    type_: str | None = None
    function: CompletionToolCallFunction | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = UNSET if self.id is None else self.id

        type_ = UNSET if self.type_ is None else self.type_

        _function = UNSET if self.function is None else self.function

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(_function, Unset):
            function = _function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", None)

        type_ = d.pop("type", None)

        _function = d.pop("function", None)
        function = None if _function is None else CompletionToolCallFunction.from_dict(_function)

        completion_tool_call = cls(
            id=id,
            type_=type_,
            function=function,
        )

        completion_tool_call.additional_properties = d
        return completion_tool_call

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.completion_tool_call_function import CompletionToolCallFunction
