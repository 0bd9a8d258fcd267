from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ChannelTypedCreate")


@_attrs_define(repr=False)
class ChannelTypedCreate(WireAccess):
    """spec:channel.json's per-type creation body `{name*, config}`; other fields are kept on the channel.

    Attributes:
        name (str):
        config (ChannelTypedCreateConfig | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "config": "config",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "config",
        }
    )

    name: str
    config: ChannelTypedCreateConfig | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

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
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        _config = d.pop("config", None)
        config = None if _config is None else ChannelTypedCreateConfig.from_dict(_config)

        channel_typed_create = cls(
            name=name,
            config=config,
        )

        channel_typed_create.additional_properties = d
        return channel_typed_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.channel_typed_create_config import ChannelTypedCreateConfig
