from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.completion_choice_message_role import CompletionChoiceMessageRole, check_completion_choice_message_role
from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="CompletionChoiceMessage")


@_attrs_define(repr=False)
class CompletionChoiceMessage(WireAccess):
    """
    Attributes:
        role (CompletionChoiceMessageRole):
        content (None | str):
        tool_calls (list[CompletionToolCall] | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "role": "role",
        "content": "content",
        "tool_calls": "tool_calls",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
            "tool_calls",
        }
    )

    role: CompletionChoiceMessageRole
    content: None | str = UNSET
    tool_calls: list[CompletionToolCall] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _explicit_nulls: tuple[str, ...] = _attrs_field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # A nullable optional field given (or sent) as None is an explicit null; one left UNSET was not sent.
        nulls: tuple[str, ...] = ()
        if self.content is None:
            nulls += ("content",)
        elif self.content is UNSET:
            self.content = None
        self._explicit_nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        _content = UNSET if self.content is None and "content" not in self._explicit_nulls else self.content

        content: None | str | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = _content

        _tool_calls = UNSET if self.tool_calls is None else self.tool_calls

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
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
        tool_calls: list[CompletionToolCall] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = CompletionToolCall.from_dict(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

        if tool_calls is UNSET:
            tool_calls = None

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


from ..models.completion_tool_call import CompletionToolCall
