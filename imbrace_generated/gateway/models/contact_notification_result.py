from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ContactNotificationResult")


@_attrs_define(repr=False)
class ContactNotificationResult(WireAccess):
    """
    Attributes:
        success (bool):
        count (int | None): How many notifications changed.
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "success": "success",
        "count": "count",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "count",
        }
    )

    success: bool
    count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        count = UNSET if self.count is None else self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        count = d.pop("count", None)

        contact_notification_result = cls(
            success=success,
            count=count,
        )

        contact_notification_result.additional_properties = d
        return contact_notification_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
