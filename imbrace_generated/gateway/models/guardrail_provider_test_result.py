from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="GuardrailProviderTestResult")


@_attrs_define(repr=False)
class GuardrailProviderTestResult(WireAccess):
    """
    Attributes:
        success (bool):
        result (GuardrailProviderTestResultResult | None):
        message (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "success": "success",
        "result": "result",
        "message": "message",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "result",
            "message",
        }
    )

    success: bool
    result: GuardrailProviderTestResultResult | None = None
    message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        _result = UNSET if self.result is None else self.result

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(_result, Unset):
            result = _result.to_dict()

        message = UNSET if self.message is None else self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        _result = d.pop("result", None)
        result = None if _result is None else GuardrailProviderTestResultResult.from_dict(_result)

        message = d.pop("message", None)

        guardrail_provider_test_result = cls(
            success=success,
            result=result,
            message=message,
        )

        guardrail_provider_test_result.additional_properties = d
        return guardrail_provider_test_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.guardrail_provider_test_result_result import GuardrailProviderTestResultResult
