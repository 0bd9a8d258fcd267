from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ChannelCount")


@_attrs_define(repr=False)
class ChannelCount(WireAccess):
    """Counts in total and per channel type (guess).

    Attributes:
        total (int):
        by_type (ChannelCountByType | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "total": "total",
        "by_type": "by_type",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "by_type",
        }
    )

    total: int
    by_type: ChannelCountByType | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        _by_type = UNSET if self.by_type is None else self.by_type

        by_type: dict[str, Any] | Unset = UNSET
        if not isinstance(_by_type, Unset):
            by_type = _by_type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
            }
        )
        if by_type is not UNSET:
            field_dict["by_type"] = by_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total")

        _by_type = d.pop("by_type", None)
        by_type = None if _by_type is None else ChannelCountByType.from_dict(_by_type)

        channel_count = cls(
            total=total,
            by_type=by_type,
        )

        channel_count.additional_properties = d
        return channel_count

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.channel_count_by_type import ChannelCountByType
