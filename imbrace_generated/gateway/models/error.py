from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="Error")


@_attrs_define
class Error(WireAccess):
    """The error envelope. Services differ in the keys they use, so all are optional.

    Attributes:
        message (str | Unset):
        error (Any | Unset):
        status_code (int | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "message": "message",
        "error": "error",
        "statusCode": "status_code",
    }

    message: str | Unset = UNSET
    error: Any | Unset = UNSET
    status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        error = self.error

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if error is not UNSET:
            field_dict["error"] = error
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        error = d.pop("error", UNSET)

        status_code = d.pop("statusCode", UNSET)

        error = cls(
            message=message,
            error=error,
            status_code=status_code,
        )

        error.additional_properties = d
        return error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
