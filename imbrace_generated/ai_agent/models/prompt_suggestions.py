from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireAccess

T = TypeVar("T", bound="PromptSuggestions")


@_attrs_define(repr=False)
class PromptSuggestions(WireAccess):
    """
    Attributes:
        assistant_id (str):
        suggestions (list[str]):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "assistant_id": "assistant_id",
        "suggestions": "suggestions",
    }

    assistant_id: str
    suggestions: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assistant_id = self.assistant_id

        suggestions = self.suggestions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assistant_id": assistant_id,
                "suggestions": suggestions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assistant_id = d.pop("assistant_id")

        suggestions = cast(list[str], d.pop("suggestions"))

        prompt_suggestions = cls(
            assistant_id=assistant_id,
            suggestions=suggestions,
        )

        prompt_suggestions.additional_properties = d
        return prompt_suggestions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
