from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ContactConversation")


@_attrs_define(repr=False)
class ContactConversation(WireAccess):
    """A conversation of the contact (the conversations table's rows; see client.conversations).

    Attributes:
        id (str | None):
        field_id (str | None):
        contact_id (str | None):
        channel_id (str | None):
        channel_type (str | None):
        status (str | None):
        name (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "id": "id",
        "_id": "field_id",
        "contact_id": "contact_id",
        "channel_id": "channel_id",
        "channel_type": "channel_type",
        "status": "status",
        "name": "name",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "_id",
            "contact_id",
            "channel_id",
            "channel_type",
            "status",
            "name",
        }
    )

    id: str | None = None
    field_id: str | None = None
    contact_id: str | None = None
    channel_id: str | None = None
    channel_type: str | None = None
    status: str | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = UNSET if self.id is None else self.id

        field_id = UNSET if self.field_id is None else self.field_id

        contact_id = UNSET if self.contact_id is None else self.contact_id

        channel_id = UNSET if self.channel_id is None else self.channel_id

        channel_type = UNSET if self.channel_type is None else self.channel_type

        status = UNSET if self.status is None else self.status

        name = UNSET if self.name is None else self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if channel_type is not UNSET:
            field_dict["channel_type"] = channel_type
        if status is not UNSET:
            field_dict["status"] = status
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", None)

        field_id = d.pop("_id", None)

        contact_id = d.pop("contact_id", None)

        channel_id = d.pop("channel_id", None)

        channel_type = d.pop("channel_type", None)

        status = d.pop("status", None)

        name = d.pop("name", None)

        contact_conversation = cls(
            id=id,
            field_id=field_id,
            contact_id=contact_id,
            channel_id=channel_id,
            channel_type=channel_type,
            status=status,
            name=name,
        )

        contact_conversation.additional_properties = d
        return contact_conversation

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
