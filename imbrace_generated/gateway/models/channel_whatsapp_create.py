from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ChannelWhatsappCreate")


@_attrs_define(repr=False)
class ChannelWhatsappCreate(WireAccess):
    """A WhatsApp channel, docs:reference/channel.md `{phone_number_id, access_token}` (no name in the docs' example).

    Attributes:
        name (str | None):
        phone_number_id (str | None):
        access_token (str | None):
        waba_id (str | None):
        credential_id (str | None):
        config (ChannelWhatsappCreateConfig | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "phone_number_id": "phone_number_id",
        "access_token": "access_token",
        "waba_id": "waba_id",
        "credential_id": "credential_id",
        "config": "config",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "phone_number_id",
            "access_token",
            "waba_id",
            "credential_id",
            "config",
        }
    )

    name: str | None = None
    phone_number_id: str | None = None
    access_token: str | None = None
    waba_id: str | None = None
    credential_id: str | None = None
    config: ChannelWhatsappCreateConfig | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = UNSET if self.name is None else self.name

        phone_number_id = UNSET if self.phone_number_id is None else self.phone_number_id

        access_token = UNSET if self.access_token is None else self.access_token

        waba_id = UNSET if self.waba_id is None else self.waba_id

        credential_id = UNSET if self.credential_id is None else self.credential_id

        _config = UNSET if self.config is None else self.config

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(_config, Unset):
            config = _config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if phone_number_id is not UNSET:
            field_dict["phone_number_id"] = phone_number_id
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if waba_id is not UNSET:
            field_dict["waba_id"] = waba_id
        if credential_id is not UNSET:
            field_dict["credential_id"] = credential_id
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", None)

        phone_number_id = d.pop("phone_number_id", None)

        access_token = d.pop("access_token", None)

        waba_id = d.pop("waba_id", None)

        credential_id = d.pop("credential_id", None)

        _config = d.pop("config", None)
        config = None if _config is None else ChannelWhatsappCreateConfig.from_dict(_config)

        channel_whatsapp_create = cls(
            name=name,
            phone_number_id=phone_number_id,
            access_token=access_token,
            waba_id=waba_id,
            credential_id=credential_id,
            config=config,
        )

        channel_whatsapp_create.additional_properties = d
        return channel_whatsapp_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.channel_whatsapp_create_config import ChannelWhatsappCreateConfig
