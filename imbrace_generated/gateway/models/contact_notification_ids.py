from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ContactNotificationIds")


@_attrs_define(repr=False)
class ContactNotificationIds(WireAccess):
    """spec:channel.json#markNotificationsRead's body; without `ids`, every notification.

    Attributes:
        ids (list[str] | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "ids": "ids",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "ids",
        }
    )

    ids: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _ids = UNSET if self.ids is None else self.ids

        ids: list[str] | Unset = UNSET
        if not isinstance(_ids, Unset):
            ids = _ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ids is not UNSET:
            field_dict["ids"] = ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids", None))

        contact_notification_ids = cls(
            ids=ids,
        )

        contact_notification_ids.additional_properties = d
        return contact_notification_ids

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
