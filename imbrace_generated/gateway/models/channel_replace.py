from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.channel_type import ChannelType, check_channel_type
from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ChannelReplace")


@_attrs_define(repr=False)
class ChannelReplace(WireAccess):
    """A whole channel naming the stored one by `channel_id`, `id` or `_id` (guess).

    Attributes:
        channel_id (str | None):
        id (str | None):
        field_id (str | None):
        type_ (ChannelType | None): A channel's platform type (docs:reference/channel.md's Channel schema).
        name (str | None):
        config (ChannelReplaceConfig | None):
        is_active (bool | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "channel_id": "channel_id",
        "id": "id",
        "_id": "field_id",
        "type": "type_",
        "name": "name",
        "config": "config",
        "is_active": "is_active",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "channel_id",
            "id",
            "_id",
            "type",
            "name",
            "config",
            "is_active",
        }
    )

    channel_id: str | None = None
    id: str | None = None
    field_id: str | None = None
    type_: ChannelType | None = None
    name: str | None = None
    config: ChannelReplaceConfig | None = None
    is_active: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_id = UNSET if self.channel_id is None else self.channel_id

        id = UNSET if self.id is None else self.id

        field_id = UNSET if self.field_id is None else self.field_id

        _type_ = UNSET if self.type_ is None else self.type_

        type_: str | Unset = UNSET
        if not isinstance(_type_, Unset):
            type_ = _type_

        name = UNSET if self.name is None else self.name

        _config = UNSET if self.config is None else self.config

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(_config, Unset):
            config = _config.to_dict()

        is_active = UNSET if self.is_active is None else self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if id is not UNSET:
            field_dict["id"] = id
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if config is not UNSET:
            field_dict["config"] = config
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel_id = d.pop("channel_id", None)

        id = d.pop("id", None)

        field_id = d.pop("_id", None)

        _type_ = d.pop("type", None)
        type_ = None if _type_ is None else check_channel_type(_type_)

        name = d.pop("name", None)

        _config = d.pop("config", None)
        config = None if _config is None else ChannelReplaceConfig.from_dict(_config)

        is_active = d.pop("is_active", None)

        channel_replace = cls(
            channel_id=channel_id,
            id=id,
            field_id=field_id,
            type_=type_,
            name=name,
            config=config,
            is_active=is_active,
        )

        channel_replace.additional_properties = d
        return channel_replace

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.channel_replace_config import ChannelReplaceConfig
