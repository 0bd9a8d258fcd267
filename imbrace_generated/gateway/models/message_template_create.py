from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="MessageTemplateCreate")


@_attrs_define(repr=False)
class MessageTemplateCreate(WireAccess):
    """spec:channel.json#createMessageTemplate `{title*, text*, category, template_language}`.

    Attributes:
        title (str):
        text (str):
        category (str | None):
        template_language (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "title": "title",
        "text": "text",
        "category": "category",
        "template_language": "template_language",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "category",
            "template_language",
        }
    )

    title: str
    text: str
    category: str | None = None
    template_language: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        text = self.text

        category = UNSET if self.category is None else self.category

        template_language = UNSET if self.template_language is None else self.template_language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "text": text,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if template_language is not UNSET:
            field_dict["template_language"] = template_language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        text = d.pop("text")

        category = d.pop("category", None)

        template_language = d.pop("template_language", None)

        message_template_create = cls(
            title=title,
            text=text,
            category=category,
            template_language=template_language,
        )

        message_template_create.additional_properties = d
        return message_template_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
