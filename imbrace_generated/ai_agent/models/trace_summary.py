from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="TraceSummary")


@_attrs_define(repr=False)
class TraceSummary(WireAccess):
    """
    Attributes:
        trace_id (str):
        root_service_name (str | None):
        root_trace_name (str | None):
        start_time_unix_nano (str | None):
        duration_ms (int | None):
        spans (list[Span] | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "traceID": "trace_id",
        "rootServiceName": "root_service_name",
        "rootTraceName": "root_trace_name",
        "startTimeUnixNano": "start_time_unix_nano",
        "durationMs": "duration_ms",
        "spans": "spans",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "rootServiceName",
            "rootTraceName",
            "startTimeUnixNano",
            "durationMs",
            "spans",
        }
    )

    trace_id: str
    root_service_name: str | None = None
    root_trace_name: str | None = None
    start_time_unix_nano: str | None = None
    duration_ms: int | None = None
    spans: list[Span] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trace_id = self.trace_id

        root_service_name = UNSET if self.root_service_name is None else self.root_service_name

        root_trace_name = UNSET if self.root_trace_name is None else self.root_trace_name

        start_time_unix_nano = UNSET if self.start_time_unix_nano is None else self.start_time_unix_nano

        duration_ms = UNSET if self.duration_ms is None else self.duration_ms

        _spans = UNSET if self.spans is None else self.spans

        spans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_spans, Unset):
            spans = []
            for spans_item_data in _spans:
                spans_item = spans_item_data.to_dict()
                spans.append(spans_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "traceID": trace_id,
            }
        )
        if root_service_name is not UNSET:
            field_dict["rootServiceName"] = root_service_name
        if root_trace_name is not UNSET:
            field_dict["rootTraceName"] = root_trace_name
        if start_time_unix_nano is not UNSET:
            field_dict["startTimeUnixNano"] = start_time_unix_nano
        if duration_ms is not UNSET:
            field_dict["durationMs"] = duration_ms
        if spans is not UNSET:
            field_dict["spans"] = spans

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trace_id = d.pop("traceID")

        root_service_name = d.pop("rootServiceName", None)

        root_trace_name = d.pop("rootTraceName", None)

        start_time_unix_nano = d.pop("startTimeUnixNano", None)

        duration_ms = d.pop("durationMs", None)

        _spans = d.pop("spans", UNSET)
        spans: list[Span] | Unset = UNSET
        if _spans is not UNSET:
            spans = []
            for spans_item_data in _spans:
                spans_item = Span.from_dict(spans_item_data)

                spans.append(spans_item)

        if spans is UNSET:
            spans = None

        trace_summary = cls(
            trace_id=trace_id,
            root_service_name=root_service_name,
            root_trace_name=root_trace_name,
            start_time_unix_nano=start_time_unix_nano,
            duration_ms=duration_ms,
            spans=spans,
        )

        trace_summary.additional_properties = d
        return trace_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.span import Span
