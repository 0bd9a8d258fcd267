from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ChannelCredentialUpdate")


@_attrs_define(repr=False)
class ChannelCredentialUpdate(WireAccess):
    """spec:channel.json#updateChannelCredential's `{credentials}`, and a new `name`.

    Attributes:
        name (str | None):
        credentials (ChannelCredentialUpdateCredentials | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "credentials": "credentials",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "credentials",
        }
    )

    name: str | None = None
    credentials: ChannelCredentialUpdateCredentials | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = UNSET if self.name is None else self.name

        _credentials = UNSET if self.credentials is None else self.credentials

        credentials: dict[str, Any] | Unset = UNSET
        if not isinstance(_credentials, Unset):
            credentials = _credentials.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if credentials is not UNSET:
            field_dict["credentials"] = credentials

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", None)

        _credentials = d.pop("credentials", None)
        credentials = None if _credentials is None else ChannelCredentialUpdateCredentials.from_dict(_credentials)

        channel_credential_update = cls(
            name=name,
            credentials=credentials,
        )

        channel_credential_update.additional_properties = d
        return channel_credential_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.channel_credential_update_credentials import ChannelCredentialUpdateCredentials
