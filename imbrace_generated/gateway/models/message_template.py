from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="MessageTemplate")


@_attrs_define(repr=False)
class MessageTemplate(WireAccess):
    """A message template (spec:channel.json#createMessageTemplate's fields).

    Attributes:
        field_id (str):
        id (str | None):
        title (str | None):
        text (str | None):
        category (str | None):
        template_language (str | None):
        organization_id (str | None):
        created_at (str | None):
        updated_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "id": "id",
        "title": "title",
        "text": "text",
        "category": "category",
        "template_language": "template_language",
        "organization_id": "organization_id",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "title",
            "text",
            "category",
            "template_language",
            "organization_id",
            "created_at",
            "updated_at",
        }
    )

    field_id: str
    id: str | None = None
    title: str | None = None
    text: str | None = None
    category: str | None = None
    template_language: str | None = None
    organization_id: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        id = UNSET if self.id is None else self.id

        title = UNSET if self.title is None else self.title

        text = UNSET if self.text is None else self.text

        category = UNSET if self.category is None else self.category

        template_language = UNSET if self.template_language is None else self.template_language

        organization_id = UNSET if self.organization_id is None else self.organization_id

        created_at = UNSET if self.created_at is None else self.created_at

        updated_at = UNSET if self.updated_at is None else self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if text is not UNSET:
            field_dict["text"] = text
        if category is not UNSET:
            field_dict["category"] = category
        if template_language is not UNSET:
            field_dict["template_language"] = template_language
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
        field_id = d.pop("_id")

        id = d.pop("id", None)

        title = d.pop("title", None)

        text = d.pop("text", None)

        category = d.pop("category", None)

        template_language = d.pop("template_language", None)

        organization_id = d.pop("organization_id", None)

        created_at = d.pop("created_at", None)

        updated_at = d.pop("updated_at", None)

        message_template = cls(
            field_id=field_id,
            id=id,
            title=title,
            text=text,
            category=category,
            template_language=template_language,
            organization_id=organization_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        message_template.additional_properties = d
        return message_template

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
