from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="TouchpointValidate")


@_attrs_define(repr=False)
class TouchpointValidate(WireAccess):
    """Either form: `{touchpoint_id}` (reference page) or a configuration `{type, template_id}` (resources page; spec:
    `channel_id`, `initial_phrase`).

        Attributes:
            touchpoint_id (str | None):
            type_ (str | None):
            template_id (str | None):
            channel_id (str | None):
            initial_phrase (str | None):
            message (Any | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "touchpoint_id": "touchpoint_id",
        "type": "type_",
        "template_id": "template_id",
        "channel_id": "channel_id",
        "initial_phrase": "initial_phrase",
        "message": "message",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "touchpoint_id",
            "type",
            "template_id",
            "channel_id",
            "initial_phrase",
            "message",
        }
    )

    touchpoint_id: str | None = None
    type_: str | None = None
    template_id: str | None = None
    channel_id: str | None = None
    initial_phrase: str | None = None
    message: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        touchpoint_id = UNSET if self.touchpoint_id is None else self.touchpoint_id

        type_ = UNSET if self.type_ is None else self.type_

        template_id = UNSET if self.template_id is None else self.template_id

        channel_id = UNSET if self.channel_id is None else self.channel_id

        initial_phrase = UNSET if self.initial_phrase is None else self.initial_phrase

        message = UNSET if self.message is None else self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if touchpoint_id is not UNSET:
            field_dict["touchpoint_id"] = touchpoint_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if initial_phrase is not UNSET:
            field_dict["initial_phrase"] = initial_phrase
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        touchpoint_id = d.pop("touchpoint_id", None)

        type_ = d.pop("type", None)

        template_id = d.pop("template_id", None)

        channel_id = d.pop("channel_id", None)

        initial_phrase = d.pop("initial_phrase", None)

        message = d.pop("message", None)

        touchpoint_validate = cls(
            touchpoint_id=touchpoint_id,
            type_=type_,
            template_id=template_id,
            channel_id=channel_id,
            initial_phrase=initial_phrase,
            message=message,
        )

        touchpoint_validate.additional_properties = d
        return touchpoint_validate

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
