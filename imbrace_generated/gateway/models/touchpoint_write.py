from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="TouchpointWrite")


@_attrs_define(repr=False)
class TouchpointWrite(WireAccess):
    """Both documented forms: reference `{name, type: "message", campaign_id, message: {text}}`, resources `{campaign_id,
    type: "email", delay_days}`, and spec:channel.json's `name, channel_id, initial_phrase, execute_workflow_id, url`.

        Attributes:
            name (str | None):
            type_ (str | None):
            campaign_id (str | None):
            message (Any | None): The message, a string or `{text}`.
            delay_days (int | None):
            template_id (str | None):
            channel_id (str | None):
            initial_phrase (str | None):
            execute_workflow_id (str | None):
            url (str | None):
            status (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "type": "type_",
        "campaign_id": "campaign_id",
        "message": "message",
        "delay_days": "delay_days",
        "template_id": "template_id",
        "channel_id": "channel_id",
        "initial_phrase": "initial_phrase",
        "execute_workflow_id": "execute_workflow_id",
        "url": "url",
        "status": "status",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "type",
            "campaign_id",
            "message",
            "delay_days",
            "template_id",
            "channel_id",
            "initial_phrase",
            "execute_workflow_id",
            "url",
            "status",
        }
    )

    name: str | None = None
    type_: str | None = None
    campaign_id: str | None = None
    message: Any | None = None
    delay_days: int | None = None
    template_id: str | None = None
    channel_id: str | None = None
    initial_phrase: str | None = None
    execute_workflow_id: str | None = None
    url: str | None = None
    status: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = UNSET if self.name is None else self.name

        type_ = UNSET if self.type_ is None else self.type_

        campaign_id = UNSET if self.campaign_id is None else self.campaign_id

        message = UNSET if self.message is None else self.message

        delay_days = UNSET if self.delay_days is None else self.delay_days

        template_id = UNSET if self.template_id is None else self.template_id

        channel_id = UNSET if self.channel_id is None else self.channel_id

        initial_phrase = UNSET if self.initial_phrase is None else self.initial_phrase

        execute_workflow_id = UNSET if self.execute_workflow_id is None else self.execute_workflow_id

        url = UNSET if self.url is None else self.url

        status = UNSET if self.status is None else self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if execute_workflow_id is not UNSET:
            field_dict["execute_workflow_id"] = execute_workflow_id
        if url is not UNSET:
            field_dict["url"] = url
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", None)

        type_ = d.pop("type", None)

        campaign_id = d.pop("campaign_id", None)

        message = d.pop("message", None)

        delay_days = d.pop("delay_days", None)

        template_id = d.pop("template_id", None)

        channel_id = d.pop("channel_id", None)

        initial_phrase = d.pop("initial_phrase", None)

        execute_workflow_id = d.pop("execute_workflow_id", None)

        url = d.pop("url", None)

        status = d.pop("status", None)

        touchpoint_write = cls(
            name=name,
            type_=type_,
            campaign_id=campaign_id,
            message=message,
            delay_days=delay_days,
            template_id=template_id,
            channel_id=channel_id,
            initial_phrase=initial_phrase,
            execute_workflow_id=execute_workflow_id,
            url=url,
            status=status,
        )

        touchpoint_write.additional_properties = d
        return touchpoint_write

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
