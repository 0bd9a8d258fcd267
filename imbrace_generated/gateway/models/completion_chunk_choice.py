from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="CompletionChunkChoice")


@_attrs_define
class CompletionChunkChoice(WireAccess):
    """
    Attributes:
        delta (CompletionDelta):
        index (int | Unset):
        finish_reason (None | str | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "delta": "delta",
        "index": "index",
        "finish_reason": "finish_reason",
    }

    delta: CompletionDelta
    index: int | Unset = UNSET
    finish_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delta = self.delta.to_dict()

        index = self.index

        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        else:
            finish_reason = self.finish_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delta": delta,
            }
        )
        if index is not UNSET:
            field_dict["index"] = index
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delta = CompletionDelta.from_dict(d.pop("delta"))

        index = d.pop("index", UNSET)

        def _parse_finish_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        finish_reason = _parse_finish_reason(d.pop("finish_reason", UNSET))

        completion_chunk_choice = cls(
            delta=delta,
            index=index,
            finish_reason=finish_reason,
        )

        completion_chunk_choice.additional_properties = d
        return completion_chunk_choice

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.completion_delta import CompletionDelta
