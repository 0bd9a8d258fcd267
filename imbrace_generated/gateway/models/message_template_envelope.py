from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireAccess

T = TypeVar("T", bound="MessageTemplateEnvelope")


@_attrs_define(repr=False)
class MessageTemplateEnvelope(WireAccess):
    """
    Attributes:
        data (MessageTemplate): A message template (spec:channel.json#createMessageTemplate's fields).
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "data": "data",
    }

    data: MessageTemplate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = MessageTemplate.from_dict(d.pop("data"))

        message_template_envelope = cls(
            data=data,
        )

        message_template_envelope.additional_properties = d
        return message_template_envelope

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.message_template import MessageTemplate
