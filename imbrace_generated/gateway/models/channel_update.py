from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ChannelUpdate")


@_attrs_define(repr=False)
class ChannelUpdate(WireAccess):
    """spec:channel.json#updateChannel's `{name, config, active}`; `is_active` (the schema's name) is accepted too.

    Attributes:
        name (str | None):
        config (ChannelUpdateConfig | None):
        active (bool | None):
        is_active (bool | None):
        business_unit_id (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "config": "config",
        "active": "active",
        "is_active": "is_active",
        "business_unit_id": "business_unit_id",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "config",
            "active",
            "is_active",
            "business_unit_id",
        }
    )

    name: str | None = None
    config: ChannelUpdateConfig | None = None
    active: bool | None = None
    is_active: bool | None = None
    business_unit_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = UNSET if self.name is None else self.name

        _config = UNSET if self.config is None else self.config

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(_config, Unset):
            config = _config.to_dict()

        active = UNSET if self.active is None else self.active

        is_active = UNSET if self.is_active is None else self.is_active

        business_unit_id = UNSET if self.business_unit_id is None else self.business_unit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if config is not UNSET:
            field_dict["config"] = config
        if active is not UNSET:
            field_dict["active"] = active
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if business_unit_id is not UNSET:
            field_dict["business_unit_id"] = business_unit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", None)

        _config = d.pop("config", None)
        config = None if _config is None else ChannelUpdateConfig.from_dict(_config)

        active = d.pop("active", None)

        is_active = d.pop("is_active", None)

        business_unit_id = d.pop("business_unit_id", None)

        channel_update = cls(
            name=name,
            config=config,
            active=active,
            is_active=is_active,
            business_unit_id=business_unit_id,
        )

        channel_update.additional_properties = d
        return channel_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.channel_update_config import ChannelUpdateConfig
