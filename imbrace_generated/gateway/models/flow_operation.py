from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..models.flow_operation_type import FlowOperationType, check_flow_operation_type
from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="FlowOperation")


@_attrs_define(repr=False)
class FlowOperation(WireAccess):
    """
    Attributes:
        type_ (FlowOperationType):
        request (FlowOperationRequest | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "type": "type_",
        "request": "request",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "request",
        }
    )

    type_: FlowOperationType
    request: FlowOperationRequest | None = None

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        _request = UNSET if self.request is None else self.request

        request: dict[str, Any] | Unset = UNSET
        if not isinstance(_request, Unset):
            request = _request.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if request is not UNSET:
            field_dict["request"] = request

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_flow_operation_type(d.pop("type"))

        _request = d.pop("request", None)
        request = None if _request is None else FlowOperationRequest.from_dict(_request)

        flow_operation = cls(
            type_=type_,
            request=request,
        )

        return flow_operation


from ..models.flow_operation_request import FlowOperationRequest
