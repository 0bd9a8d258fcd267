from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="Touchpoint")


@_attrs_define(repr=False)
class Touchpoint(WireAccess):
    """docs:reference/campaign.md's Touchpoint and both pages' body fields.

    Attributes:
        field_id (str | None):
        name (str | None):
        type_ (str | None):
        campaign_id (str | None):
        message (Any | None): The message, a string or `{text}`.
        delay_days (int | None):
        template_id (str | None):
        channel_id (str | None):
        initial_phrase (str | None):
        status (str | None):
        organization_id (str | None):
        created_at (str | None):
        updated_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "name": "name",
        "type": "type_",
        "campaign_id": "campaign_id",
        "message": "message",
        "delay_days": "delay_days",
        "template_id": "template_id",
        "channel_id": "channel_id",
        "initial_phrase": "initial_phrase",
        "status": "status",
        "organization_id": "organization_id",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "_id",
            "name",
            "type",
            "campaign_id",
            "message",
            "delay_days",
            "template_id",
            "channel_id",
            "initial_phrase",
            "status",
            "organization_id",
            "created_at",
            "updated_at",
        }
    )

    field_id: str | None = None
    name: str | None = None
    type_: str | None = None
    campaign_id: str | None = None
    message: Any | None = None
    delay_days: int | None = None
    template_id: str | None = None
    channel_id: str | None = None
    initial_phrase: str | None = None
    status: str | None = None
    organization_id: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = UNSET if self.field_id is None else self.field_id

        name = UNSET if self.name is None else self.name

        type_ = UNSET if self.type_ is None else self.type_

        campaign_id = UNSET if self.campaign_id is None else self.campaign_id

        message = UNSET if self.message is None else self.message

        delay_days = UNSET if self.delay_days is None else self.delay_days

        template_id = UNSET if self.template_id is None else self.template_id

        channel_id = UNSET if self.channel_id is None else self.channel_id

        initial_phrase = UNSET if self.initial_phrase is None else self.initial_phrase

        status = UNSET if self.status is None else self.status

        organization_id = UNSET if self.organization_id is None else self.organization_id

        created_at = UNSET if self.created_at is None else self.created_at

        updated_at = UNSET if self.updated_at is None else self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if message is not UNSET:
            field_dict["message"] = message
        if delay_days is not UNSET:
            field_dict["delay_days"] = delay_days
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if initial_phrase is not UNSET:
            field_dict["initial_phrase"] = initial_phrase
        if status is not UNSET:
            field_dict["status"] = status
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", None)

        name = d.pop("name", None)

        type_ = d.pop("type", None)

        campaign_id = d.pop("campaign_id", None)

        message = d.pop("message", None)

        delay_days = d.pop("delay_days", None)

        template_id = d.pop("template_id", None)

        channel_id = d.pop("channel_id", None)

        initial_phrase = d.pop("initial_phrase", None)

        status = d.pop("status", None)

        organization_id = d.pop("organization_id", None)

        created_at = d.pop("created_at", None)

        updated_at = d.pop("updated_at", None)

        touchpoint = cls(
            field_id=field_id,
            name=name,
            type_=type_,
            campaign_id=campaign_id,
            message=message,
            delay_days=delay_days,
            template_id=template_id,
            channel_id=channel_id,
            initial_phrase=initial_phrase,
            status=status,
            organization_id=organization_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        touchpoint.additional_properties = d
        return touchpoint

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
