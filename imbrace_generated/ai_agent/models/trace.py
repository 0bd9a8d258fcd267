from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="Trace")


@_attrs_define(repr=False)
class Trace(WireAccess):
    """
    Attributes:
        trace_id (str):
        spans (list[Span]):
        root_service_name (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "traceID": "trace_id",
        "spans": "spans",
        "rootServiceName": "root_service_name",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "rootServiceName",
        }
    )

    trace_id: str
    spans: list[Span]
    root_service_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trace_id = self.trace_id

        spans = []
        for spans_item_data in self.spans:
            spans_item = spans_item_data.to_dict()
            spans.append(spans_item)

        root_service_name = UNSET if self.root_service_name is None else self.root_service_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "traceID": trace_id,
                "spans": spans,
            }
        )
        if root_service_name is not UNSET:
            field_dict["rootServiceName"] = root_service_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trace_id = d.pop("traceID")

        spans = []
        _spans = d.pop("spans")
        for spans_item_data in _spans:
            spans_item = Span.from_dict(spans_item_data)

            spans.append(spans_item)

        root_service_name = d.pop("rootServiceName", None)

        trace = cls(
            trace_id=trace_id,
            spans=spans,
            root_service_name=root_service_name,
        )

        trace.additional_properties = d
        return trace

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.span import Span
