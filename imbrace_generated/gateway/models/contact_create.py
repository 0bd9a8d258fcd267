from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ContactCreate")


@_attrs_define(repr=False)
class ContactCreate(WireAccess):
    """A new contact: spec:channel.json#createContact's fields and the incumbent's (`avatar_url`, `provider_user_id`,
    `bu_id`).

        Attributes:
            display_name (str | None):
            first_name (str | None):
            last_name (str | None):
            email (str | None):
            phone_number (str | None):
            channel_id (str | None):
            channel_type (str | None):
            labels (list[Any] | None):
            time_zone (str | None):
            avatar_url (str | None):
            provider_user_id (str | None):
            bu_id (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "display_name": "display_name",
        "first_name": "first_name",
        "last_name": "last_name",
        "email": "email",
        "phone_number": "phone_number",
        "channel_id": "channel_id",
        "channel_type": "channel_type",
        "labels": "labels",
        "time_zone": "time_zone",
        "avatar_url": "avatar_url",
        "provider_user_id": "provider_user_id",
        "bu_id": "bu_id",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "display_name",
            "first_name",
            "last_name",
            "email",
            "phone_number",
            "channel_id",
            "channel_type",
            "labels",
            "time_zone",
            "avatar_url",
            "provider_user_id",
            "bu_id",
        }
    )

    display_name: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone_number: str | None = None
    channel_id: str | None = None
    channel_type: str | None = None
    labels: list[Any] | None = None
    time_zone: str | None = None
    avatar_url: str | None = None
    provider_user_id: str | None = None
    bu_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = UNSET if self.display_name is None else self.display_name

        first_name = UNSET if self.first_name is None else self.first_name

        last_name = UNSET if self.last_name is None else self.last_name

        email = UNSET if self.email is None else self.email

        phone_number = UNSET if self.phone_number is None else self.phone_number

        channel_id = UNSET if self.channel_id is None else self.channel_id

        channel_type = UNSET if self.channel_type is None else self.channel_type

        _labels = UNSET if self.labels is None else self.labels

        labels: list[Any] | Unset = UNSET
        if not isinstance(_labels, Unset):
            labels = _labels

        time_zone = UNSET if self.time_zone is None else self.time_zone

        avatar_url = UNSET if self.avatar_url is None else self.avatar_url

        provider_user_id = UNSET if self.provider_user_id is None else self.provider_user_id

        bu_id = UNSET if self.bu_id is None else self.bu_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if channel_type is not UNSET:
            field_dict["channel_type"] = channel_type
        if labels is not UNSET:
            field_dict["labels"] = labels
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if provider_user_id is not UNSET:
            field_dict["provider_user_id"] = provider_user_id
        if bu_id is not UNSET:
            field_dict["bu_id"] = bu_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name", None)

        first_name = d.pop("first_name", None)

        last_name = d.pop("last_name", None)

        email = d.pop("email", None)

        phone_number = d.pop("phone_number", None)

        channel_id = d.pop("channel_id", None)

        channel_type = d.pop("channel_type", None)

        labels = cast(list[Any], d.pop("labels", None))

        time_zone = d.pop("time_zone", None)

        avatar_url = d.pop("avatar_url", None)

        provider_user_id = d.pop("provider_user_id", None)

        bu_id = d.pop("bu_id", None)

        contact_create = cls(
            display_name=display_name,
            first_name=first_name,
            last_name=last_name,
            email=email,
            phone_number=phone_number,
            channel_id=channel_id,
            channel_type=channel_type,
            labels=labels,
            time_zone=time_zone,
            avatar_url=avatar_url,
            provider_user_id=provider_user_id,
            bu_id=bu_id,
        )

        contact_create.additional_properties = d
        return contact_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
