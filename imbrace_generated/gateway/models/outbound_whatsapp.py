from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="OutboundWhatsapp")


@_attrs_define(repr=False)
class OutboundWhatsapp(WireAccess):
    """A WhatsApp send (guess): a recipient (`to` or `phone_number`, or `contact_id`), a template
    (`template_name`/`template_id` with `language` and `components`/`params`) or a `text`, and optionally the WhatsApp
    `channel_id` (else the organization's first WhatsApp channel).

        Attributes:
            channel_id (str | None):
            contact_id (str | None):
            to (str | None):
            phone_number (str | None):
            template_name (str | None):
            template_id (str | None):
            language (str | None):
            components (list[Any] | None):
            params (Any | None):
            text (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "channel_id": "channel_id",
        "contact_id": "contact_id",
        "to": "to",
        "phone_number": "phone_number",
        "template_name": "template_name",
        "template_id": "template_id",
        "language": "language",
        "components": "components",
        "params": "params",
        "text": "text",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "channel_id",
            "contact_id",
            "to",
            "phone_number",
            "template_name",
            "template_id",
            "language",
            "components",
            "params",
            "text",
        }
    )

    channel_id: str | None = None
    contact_id: str | None = None
    to: str | None = None
    phone_number: str | None = None
    template_name: str | None = None
    template_id: str | None = None
    language: str | None = None
    components: list[Any] | None = None
    params: Any | None = None
    text: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_id = UNSET if self.channel_id is None else self.channel_id

        contact_id = UNSET if self.contact_id is None else self.contact_id

        to = UNSET if self.to is None else self.to

        phone_number = UNSET if self.phone_number is None else self.phone_number

        template_name = UNSET if self.template_name is None else self.template_name

        template_id = UNSET if self.template_id is None else self.template_id

        language = UNSET if self.language is None else self.language

        _components = UNSET if self.components is None else self.components

        components: list[Any] | Unset = UNSET
        if not isinstance(_components, Unset):
            components = _components

        params = UNSET if self.params is None else self.params

        text = UNSET if self.text is None else self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if to is not UNSET:
            field_dict["to"] = to
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if template_name is not UNSET:
            field_dict["template_name"] = template_name
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if language is not UNSET:
            field_dict["language"] = language
        if components is not UNSET:
            field_dict["components"] = components
        if params is not UNSET:
            field_dict["params"] = params
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel_id = d.pop("channel_id", None)

        contact_id = d.pop("contact_id", None)

        to = d.pop("to", None)

        phone_number = d.pop("phone_number", None)

        template_name = d.pop("template_name", None)

        template_id = d.pop("template_id", None)

        language = d.pop("language", None)

        components = cast(list[Any], d.pop("components", None))

        params = d.pop("params", None)

        text = d.pop("text", None)

        outbound_whatsapp = cls(
            channel_id=channel_id,
            contact_id=contact_id,
            to=to,
            phone_number=phone_number,
            template_name=template_name,
            template_id=template_id,
            language=language,
            components=components,
            params=params,
            text=text,
        )

        outbound_whatsapp.additional_properties = d
        return outbound_whatsapp

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
