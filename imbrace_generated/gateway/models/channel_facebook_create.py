from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ChannelFacebookCreate")


@_attrs_define(repr=False)
class ChannelFacebookCreate(WireAccess):
    """A Facebook channel, docs:reference/channel.md `{page_id, credential_id}` (a page of get_facebook_pages).

    Attributes:
        page_id (str):
        credential_id (str):
        name (str | None):
        config (ChannelFacebookCreateConfig | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "page_id": "page_id",
        "credential_id": "credential_id",
        "name": "name",
        "config": "config",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "config",
        }
    )

    page_id: str
    credential_id: str
    name: str | None = None
    config: ChannelFacebookCreateConfig | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_id = self.page_id

        credential_id = self.credential_id

        name = UNSET if self.name is None else self.name

        _config = UNSET if self.config is None else self.config

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(_config, Unset):
            config = _config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page_id": page_id,
                "credential_id": credential_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page_id = d.pop("page_id")

        credential_id = d.pop("credential_id")

        name = d.pop("name", None)

        _config = d.pop("config", None)
        config = None if _config is None else ChannelFacebookCreateConfig.from_dict(_config)

        channel_facebook_create = cls(
            page_id=page_id,
            credential_id=credential_id,
            name=name,
            config=config,
        )

        channel_facebook_create.additional_properties = d
        return channel_facebook_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.channel_facebook_create_config import ChannelFacebookCreateConfig
