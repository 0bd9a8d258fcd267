from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..models.flow_operation_type import FlowOperationType, check_flow_operation_type
from ..types import WireAccess

T = TypeVar("T", bound="FlowOperation")


@_attrs_define(repr=False)
class FlowOperation(WireAccess):
    """
    Attributes:
        type_ (FlowOperationType):
        request (FlowOperationRequest):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "type": "type_",
        "request": "request",
    }

    type_: FlowOperationType
    request: FlowOperationRequest

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        request = self.request.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "request": request,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_flow_operation_type(d.pop("type"))

        request = FlowOperationRequest.from_dict(d.pop("request"))

        flow_operation = cls(
            type_=type_,
            request=request,
        )

        return flow_operation


from ..models.flow_operation_request import FlowOperationRequest
