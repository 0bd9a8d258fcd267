from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.completion_message_role import CompletionMessageRole, check_completion_message_role
from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="CompletionMessage")


@_attrs_define(repr=False)
class CompletionMessage(WireAccess):
    """One chat message. `content` is null on an assistant message that only calls tools.

    Attributes:
        role (CompletionMessageRole):
        content (None | str):
        name (str | None):
        tool_call_id (str | None):
        tool_calls (list[CompletionMessageToolCallsItem] | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "role": "role",
        "content": "content",
        "name": "name",
        "tool_call_id": "tool_call_id",
        "tool_calls": "tool_calls",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
            "name",
            "tool_call_id",
            "tool_calls",
        }
    )

    role: CompletionMessageRole
    content: None | str = UNSET
    name: str | None = None
    tool_call_id: str | None = None
    tool_calls: list[CompletionMessageToolCallsItem] | None = None
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

        name = UNSET if self.name is None else self.name

        tool_call_id = UNSET if self.tool_call_id is None else self.tool_call_id

        _tool_calls = UNSET if self.tool_calls is None else self.tool_calls

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if name is not UNSET:
            field_dict["name"] = name
        if tool_call_id is not UNSET:
            field_dict["tool_call_id"] = tool_call_id
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = check_completion_message_role(d.pop("role"))

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        name = d.pop("name", None)

        tool_call_id = d.pop("tool_call_id", None)

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: list[CompletionMessageToolCallsItem] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = CompletionMessageToolCallsItem.from_dict(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

        if tool_calls is UNSET:
            tool_calls = None

        completion_message = cls(
            role=role,
            content=content,
            name=name,
            tool_call_id=tool_call_id,
            tool_calls=tool_calls,
        )

        return completion_message


from ..models.completion_message_tool_calls_item import CompletionMessageToolCallsItem
