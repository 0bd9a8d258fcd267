from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="MessageSuggestionResult")


@_attrs_define(repr=False)
class MessageSuggestionResult(WireAccess):
    """`{success, follow_up_message, suggestions}` (the incumbent's docstring).

    Attributes:
        success (bool):
        suggestions (list[str]):
        follow_up_message (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "success": "success",
        "suggestions": "suggestions",
        "follow_up_message": "follow_up_message",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "follow_up_message",
        }
    )

    success: bool
    suggestions: list[str]
    follow_up_message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        suggestions = self.suggestions

        follow_up_message = UNSET if self.follow_up_message is None else self.follow_up_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "suggestions": suggestions,
            }
        )
        if follow_up_message is not UNSET:
            field_dict["follow_up_message"] = follow_up_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        suggestions = cast(list[str], d.pop("suggestions"))

        follow_up_message = d.pop("follow_up_message", None)

        message_suggestion_result = cls(
            success=success,
            suggestions=suggestions,
            follow_up_message=follow_up_message,
        )

        message_suggestion_result.additional_properties = d
        return message_suggestion_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
