from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="AbortChunk")


@_attrs_define(repr=False)
class AbortChunk(WireAccess):
    """
    Attributes:
        type_ (Literal['abort']):
        reason (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "type": "type_",
        "reason": "reason",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "reason",
        }
    )

    type_: Literal["abort"]
    reason: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        reason = UNSET if self.reason is None else self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["abort"], d.pop("type"))
        if type_ != "abort":
            raise ValueError(f"type must match const 'abort', got '{type_}'")

        reason = d.pop("reason", None)

        abort_chunk = cls(
            type_=type_,
            reason=reason,
        )

        abort_chunk.additional_properties = d
        return abort_chunk

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
