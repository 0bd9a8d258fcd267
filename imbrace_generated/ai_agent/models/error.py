from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="Error")


@_attrs_define(repr=False)
class Error(WireAccess):
    """
    Attributes:
        message (str | None):
        error (Any | None):
        status_code (int | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "message": "message",
        "error": "error",
        "statusCode": "status_code",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "message",
            "error",
            "statusCode",
        }
    )

    message: str | None = None
    error: Any | None = None
    status_code: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = UNSET if self.message is None else self.message

        error = UNSET if self.error is None else self.error

        status_code = UNSET if self.status_code is None else self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        message = d.pop("message", None)

        error = d.pop("error", None)

        status_code = d.pop("statusCode", None)

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
