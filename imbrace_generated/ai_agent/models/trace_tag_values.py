from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireAccess

T = TypeVar("T", bound="TraceTagValues")


@_attrs_define(repr=False)
class TraceTagValues(WireAccess):
    """
    Attributes:
        tag_values (list[str]):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "tagValues": "tag_values",
    }

    tag_values: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tag_values = self.tag_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tagValues": tag_values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tag_values = cast(list[str], d.pop("tagValues"))

        trace_tag_values = cls(
            tag_values=tag_values,
        )

        trace_tag_values.additional_properties = d
        return trace_tag_values

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
