from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="CampaignCreate")


@_attrs_define(repr=False)
class CampaignCreate(WireAccess):
    """CreateCampaignInput (docs); `type` is the older Python page's name for `channel_type`.

    Attributes:
        name (str):
        channel_type (str | None):
        type_ (str | None):
        status (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "channel_type": "channel_type",
        "type": "type_",
        "status": "status",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "channel_type",
            "type",
            "status",
        }
    )

    name: str
    channel_type: str | None = None
    type_: str | None = None
    status: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        channel_type = UNSET if self.channel_type is None else self.channel_type

        type_ = UNSET if self.type_ is None else self.type_

        status = UNSET if self.status is None else self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if channel_type is not UNSET:
            field_dict["channel_type"] = channel_type
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        channel_type = d.pop("channel_type", None)

        type_ = d.pop("type", None)

        status = d.pop("status", None)

        campaign_create = cls(
            name=name,
            channel_type=channel_type,
            type_=type_,
            status=status,
        )

        campaign_create.additional_properties = d
        return campaign_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
