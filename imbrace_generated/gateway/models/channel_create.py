from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel_type import ChannelType, check_channel_type
from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ChannelCreate")


@_attrs_define(repr=False)
class ChannelCreate(WireAccess):
    """A channel of any type (the incumbent's generic `create(body)`); `type` is required.

    Attributes:
        type_ (ChannelType): A channel's platform type (docs:reference/channel.md's Channel schema).
        name (str | None):
        config (ChannelCreateConfig | None):
        is_active (bool | None):
        business_unit_id (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "type": "type_",
        "name": "name",
        "config": "config",
        "is_active": "is_active",
        "business_unit_id": "business_unit_id",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "config",
            "is_active",
            "business_unit_id",
        }
    )

    type_: ChannelType
    name: str | None = None
    config: ChannelCreateConfig | None = None
    is_active: bool | None = None
    business_unit_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        name = UNSET if self.name is None else self.name

        _config = UNSET if self.config is None else self.config

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(_config, Unset):
            config = _config.to_dict()

        is_active = UNSET if self.is_active is None else self.is_active

        business_unit_id = UNSET if self.business_unit_id is None else self.business_unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if config is not UNSET:
            field_dict["config"] = config
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if business_unit_id is not UNSET:
            field_dict["business_unit_id"] = business_unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_channel_type(d.pop("type"))

        name = d.pop("name", None)

        _config = d.pop("config", None)
        config = None if _config is None else ChannelCreateConfig.from_dict(_config)

        is_active = d.pop("is_active", None)

        business_unit_id = d.pop("business_unit_id", None)

        channel_create = cls(
            type_=type_,
            name=name,
            config=config,
            is_active=is_active,
            business_unit_id=business_unit_id,
        )

        channel_create.additional_properties = d
        return channel_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.channel_create_config import ChannelCreateConfig
