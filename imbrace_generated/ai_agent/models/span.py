from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="Span")


@_attrs_define
class Span(WireAccess):
    """
    Attributes:
        span_id (str):
        name (str):
        parent_span_id (str | Unset):
        service_name (str | Unset):
        start_time_unix_nano (str | Unset):
        duration_ms (int | Unset):
        attributes (SpanAttributes | Unset):
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

    span_id: str
    name: str
    parent_span_id: str | Unset = UNSET
    service_name: str | Unset = UNSET
    start_time_unix_nano: str | Unset = UNSET
    duration_ms: int | Unset = UNSET
    attributes: SpanAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        span_id = self.span_id

        name = self.name

        parent_span_id = self.parent_span_id

        service_name = self.service_name

        start_time_unix_nano = self.start_time_unix_nano

        duration_ms = self.duration_ms

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

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

        parent_span_id = d.pop("parentSpanID", UNSET)

        service_name = d.pop("serviceName", UNSET)

        start_time_unix_nano = d.pop("startTimeUnixNano", UNSET)

        duration_ms = d.pop("durationMs", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: SpanAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = SpanAttributes.from_dict(_attributes)

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
