from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="Span")


@_attrs_define(repr=False)
class Span(WireAccess):
    """
    Attributes:
        span_id (str):
        name (str):
        parent_span_id (str | None):
        service_name (str | None):
        start_time_unix_nano (str | None):
        duration_ms (int | None):
        attributes (SpanAttributes | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "spanID": "span_id",
        "name": "name",
        "parentSpanID": "parent_span_id",
        "serviceName": "service_name",
        "startTimeUnixNano": "start_time_unix_nano",
        "durationMs": "duration_ms",
        "attributes": "attributes",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "parentSpanID",
            "serviceName",
            "startTimeUnixNano",
            "durationMs",
            "attributes",
        }
    )

    span_id: str
    name: str
    parent_span_id: str | None = None
    service_name: str | None = None
    start_time_unix_nano: str | None = None
    duration_ms: int | None = None
    attributes: SpanAttributes | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        span_id = self.span_id

        name = self.name

        parent_span_id = UNSET if self.parent_span_id is None else self.parent_span_id

        service_name = UNSET if self.service_name is None else self.service_name

        start_time_unix_nano = UNSET if self.start_time_unix_nano is None else self.start_time_unix_nano

        duration_ms = UNSET if self.duration_ms is None else self.duration_ms

        _attributes = UNSET if self.attributes is None else self.attributes

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(_attributes, Unset):
            attributes = _attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spanID": span_id,
                "name": name,
            }
        )
        if parent_span_id is not UNSET:
            field_dict["parentSpanID"] = parent_span_id
        if service_name is not UNSET:
            field_dict["serviceName"] = service_name
        if start_time_unix_nano is not UNSET:
            field_dict["startTimeUnixNano"] = start_time_unix_nano
        if duration_ms is not UNSET:
            field_dict["durationMs"] = duration_ms
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        span_id = d.pop("spanID")

        name = d.pop("name")

        parent_span_id = d.pop("parentSpanID", None)

        service_name = d.pop("serviceName", None)

        start_time_unix_nano = d.pop("startTimeUnixNano", None)

        duration_ms = d.pop("durationMs", None)

        _attributes = d.pop("attributes", None)
        attributes = None if _attributes is None else SpanAttributes.from_dict(_attributes)

        span = cls(
            span_id=span_id,
            name=name,
            parent_span_id=parent_span_id,
            service_name=service_name,
            start_time_unix_nano=start_time_unix_nano,
            duration_ms=duration_ms,
            attributes=attributes,
        )

        span.additional_properties = d
        return span

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.span_attributes import SpanAttributes
