from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ChannelContactUpdate")


@_attrs_define(repr=False)
class ChannelContactUpdate(WireAccess):
    """The fields to change: spec:channel.json#updateContact's `display_name`, `email`, `phone_number`, `labels`, and the
    docs' UpdateContactInput names `name` and `phone` for the first and the third.

        Attributes:
            display_name (str | None):
            name (str | None):
            email (str | None):
            phone_number (str | None):
            phone (str | None):
            labels (list[Any] | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "display_name": "display_name",
        "name": "name",
        "email": "email",
        "phone_number": "phone_number",
        "phone": "phone",
        "labels": "labels",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "display_name",
            "name",
            "email",
            "phone_number",
            "phone",
            "labels",
        }
    )

    display_name: str | None = None
    name: str | None = None
    email: str | None = None
    phone_number: str | None = None
    phone: str | None = None
    labels: list[Any] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = UNSET if self.display_name is None else self.display_name

        name = UNSET if self.name is None else self.name

        email = UNSET if self.email is None else self.email

        phone_number = UNSET if self.phone_number is None else self.phone_number

        phone = UNSET if self.phone is None else self.phone

        _labels = UNSET if self.labels is None else self.labels

        labels: list[Any] | Unset = UNSET
        if not isinstance(_labels, Unset):
            labels = _labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if phone is not UNSET:
            field_dict["phone"] = phone
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name", None)

        name = d.pop("name", None)

        email = d.pop("email", None)

        phone_number = d.pop("phone_number", None)

        phone = d.pop("phone", None)

        labels = cast(list[Any], d.pop("labels", None))

        channel_contact_update = cls(
            display_name=display_name,
            name=name,
            email=email,
            phone_number=phone_number,
            phone=phone,
            labels=labels,
        )

        channel_contact_update.additional_properties = d
        return channel_contact_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
