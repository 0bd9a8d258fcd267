from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="CompletionInputStreamOptions")


@_attrs_define(repr=False)
class CompletionInputStreamOptions(WireAccess):
    """With `stream`; `include_usage` adds a last chunk carrying `usage`.

    Attributes:
        include_usage (bool | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "include_usage": "include_usage",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "include_usage",
        }
    )

    include_usage: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        include_usage = UNSET if self.include_usage is None else self.include_usage

        field_dict: dict[str, Any] = {}

        if include_usage is not UNSET:
            field_dict["include_usage"] = include_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        include_usage = d.pop("include_usage", None)

        completion_input_stream_options = cls(
            include_usage=include_usage,
        )

        return completion_input_stream_options
