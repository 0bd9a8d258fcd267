from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ChannelSideUpdate")


@_attrs_define(repr=False)
class ChannelSideUpdate(WireAccess):
    """A per-type update through a body-only route (guess): the channel named by `channel_id` (or `id`, `_id`), and the
    fields to change.

        Attributes:
            channel_id (str | None):
            id (str | None):
            field_id (str | None):
            name (str | None):
            config (ChannelSideUpdateConfig | None):
            is_active (bool | None):
            active (bool | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "channel_id": "channel_id",
        "id": "id",
        "_id": "field_id",
        "name": "name",
        "config": "config",
        "is_active": "is_active",
        "active": "active",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "channel_id",
            "id",
            "_id",
            "name",
            "config",
            "is_active",
            "active",
        }
    )

    channel_id: str | None = None
    id: str | None = None
    field_id: str | None = None
    name: str | None = None
    config: ChannelSideUpdateConfig | None = None
    is_active: bool | None = None
    active: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_id = UNSET if self.channel_id is None else self.channel_id

        id = UNSET if self.id is None else self.id

        field_id = UNSET if self.field_id is None else self.field_id

        name = UNSET if self.name is None else self.name

        _config = UNSET if self.config is None else self.config

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(_config, Unset):
            config = _config.to_dict()

        is_active = UNSET if self.is_active is None else self.is_active

        active = UNSET if self.active is None else self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if id is not UNSET:
            field_dict["id"] = id
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if name is not UNSET:
            field_dict["name"] = name
        if config is not UNSET:
            field_dict["config"] = config
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel_id = d.pop("channel_id", None)

        id = d.pop("id", None)

        field_id = d.pop("_id", None)

        name = d.pop("name", None)

        _config = d.pop("config", None)
        config = None if _config is None else ChannelSideUpdateConfig.from_dict(_config)

        is_active = d.pop("is_active", None)

        active = d.pop("active", None)

        channel_side_update = cls(
            channel_id=channel_id,
            id=id,
            field_id=field_id,
            name=name,
            config=config,
            is_active=is_active,
            active=active,
        )

        channel_side_update.additional_properties = d
        return channel_side_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.channel_side_update_config import ChannelSideUpdateConfig
