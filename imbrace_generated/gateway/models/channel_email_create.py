from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ChannelEmailCreate")


@_attrs_define(repr=False)
class ChannelEmailCreate(WireAccess):
    """An email channel, docs:reference/channel.md `{name, email}` (spec:channel.json requires `name`).

    Attributes:
        name (str):
        email (str | None):
        config (ChannelEmailCreateConfig | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "email": "email",
        "config": "config",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "email",
            "config",
        }
    )

    name: str
    email: str | None = None
    config: ChannelEmailCreateConfig | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = UNSET if self.email is None else self.email

        _config = UNSET if self.config is None else self.config

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(_config, Unset):
            config = _config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        email = d.pop("email", None)

        _config = d.pop("config", None)
        config = None if _config is None else ChannelEmailCreateConfig.from_dict(_config)

        channel_email_create = cls(
            name=name,
            email=email,
            config=config,
        )

        channel_email_create.additional_properties = d
        return channel_email_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.channel_email_create_config import ChannelEmailCreateConfig
