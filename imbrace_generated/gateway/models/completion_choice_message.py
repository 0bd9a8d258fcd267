from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.completion_choice_message_role import CompletionChoiceMessageRole, check_completion_choice_message_role
from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="CompletionChoiceMessage")


@_attrs_define
class CompletionChoiceMessage(WireAccess):
    """
    Attributes:
        role (CompletionChoiceMessageRole):
        content (None | str | Unset):
        tool_calls (list[CompletionChoiceMessageToolCallsItem] | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "role": "role",
        "content": "content",
        "tool_calls": "tool_calls",
    }

    role: CompletionChoiceMessageRole
    content: None | str | Unset = UNSET
    tool_calls: list[CompletionChoiceMessageToolCallsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = check_completion_choice_message_role(d.pop("role"))

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: list[CompletionChoiceMessageToolCallsItem] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = CompletionChoiceMessageToolCallsItem.from_dict(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

        completion_choice_message = cls(
            role=role,
            content=content,
            tool_calls=tool_calls,
        )

        completion_choice_message.additional_properties = d
        return completion_choice_message

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.completion_choice_message_tool_calls_item import CompletionChoiceMessageToolCallsItem
