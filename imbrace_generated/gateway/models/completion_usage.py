from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="CompletionUsage")


@_attrs_define(repr=False)
class CompletionUsage(WireAccess):
    """Token counts of a completion, and of an embedding request (`completion_tokens` 0).

    Attributes:
        prompt_tokens (int | None):
        completion_tokens (int | None):
        total_tokens (int | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "prompt_tokens": "prompt_tokens",
        "completion_tokens": "completion_tokens",
        "total_tokens": "total_tokens",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "prompt_tokens",
            "completion_tokens",
            "total_tokens",
        }
    )

    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    total_tokens: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_tokens = UNSET if self.prompt_tokens is None else self.prompt_tokens

        completion_tokens = UNSET if self.completion_tokens is None else self.completion_tokens

        total_tokens = UNSET if self.total_tokens is None else self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if completion_tokens is not UNSET:
            field_dict["completion_tokens"] = completion_tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt_tokens = d.pop("prompt_tokens", None)

        completion_tokens = d.pop("completion_tokens", None)

        total_tokens = d.pop("total_tokens", None)

        completion_usage = cls(
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            total_tokens=total_tokens,
        )

        completion_usage.additional_properties = d
        return completion_usage

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
