from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.completion_delta_role import CompletionDeltaRole, check_completion_delta_role
from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="CompletionDelta")


@_attrs_define(repr=False)
class CompletionDelta(WireAccess):
    """
    Attributes:
        role (CompletionDeltaRole | None):
        content (None | str):
        tool_calls (list[CompletionToolCallDelta] | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "role": "role",
        "content": "content",
        "tool_calls": "tool_calls",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "role",
            "content",
            "tool_calls",
        }
    )

    role: CompletionDeltaRole | None = None
    content: None | str = UNSET
    tool_calls: list[CompletionToolCallDelta] | None = None
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
        _role = UNSET if self.role is None else self.role

        role: str | Unset = UNSET
        if not isinstance(_role, Unset):
            role = _role

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
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _role = d.pop("role", None)
        role = None if _role is None else check_completion_delta_role(_role)

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: list[CompletionToolCallDelta] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = CompletionToolCallDelta.from_dict(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

        if tool_calls is UNSET:
            tool_calls = None

        completion_delta = cls(
            role=role,
            content=content,
            tool_calls=tool_calls,
        )

        completion_delta.additional_properties = d
        return completion_delta

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.completion_tool_call_delta import CompletionToolCallDelta
