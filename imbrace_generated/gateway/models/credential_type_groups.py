from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="CredentialTypeGroups")


@_attrs_define(repr=False)
class CredentialTypeGroups(WireAccess):
    """The credential types by group, as the incumbent reads them.

    Attributes:
        channel (list[CredentialType] | None):
        integration (list[CredentialType] | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "channel": "channel",
        "integration": "integration",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "channel",
            "integration",
        }
    )

    channel: list[CredentialType] | None = None
    integration: list[CredentialType] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _channel = UNSET if self.channel is None else self.channel

        channel: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_channel, Unset):
            channel = []
            for channel_item_data in _channel:
                channel_item = channel_item_data.to_dict()
                channel.append(channel_item)

        _integration = UNSET if self.integration is None else self.integration

        integration: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_integration, Unset):
            integration = []
            for integration_item_data in _integration:
                integration_item = integration_item_data.to_dict()
                integration.append(integration_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if channel is not UNSET:
            field_dict["channel"] = channel
        if integration is not UNSET:
            field_dict["integration"] = integration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _channel = d.pop("channel", UNSET)
        channel: list[CredentialType] | Unset = UNSET
        if _channel is not UNSET:
            channel = []
            for channel_item_data in _channel:
                channel_item = CredentialType.from_dict(channel_item_data)

                channel.append(channel_item)

        if channel is UNSET:
            channel = None

        _integration = d.pop("integration", UNSET)
        integration: list[CredentialType] | Unset = UNSET
        if _integration is not UNSET:
            integration = []
            for integration_item_data in _integration:
                integration_item = CredentialType.from_dict(integration_item_data)

                integration.append(integration_item)

        if integration is UNSET:
            integration = None

        credential_type_groups = cls(
            channel=channel,
            integration=integration,
        )

        credential_type_groups.additional_properties = d
        return credential_type_groups

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.credential_type import CredentialType
