from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="WhatsappTemplate")


@_attrs_define(repr=False)
class WhatsappTemplate(WireAccess):
    """An approved WhatsApp (HSM) template as the mock seeds it (the fields are Meta's template fields).

    Attributes:
        field_id (str):
        id (str | None):
        name (str | None):
        language (str | None):
        category (str | None):
        status (str | None):
        channel_id (str | None):
        components (list[WhatsappTemplateComponentsItem] | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "id": "id",
        "name": "name",
        "language": "language",
        "category": "category",
        "status": "status",
        "channel_id": "channel_id",
        "components": "components",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "language",
            "category",
            "status",
            "channel_id",
            "components",
        }
    )

    field_id: str
    id: str | None = None
    name: str | None = None
    language: str | None = None
    category: str | None = None
    status: str | None = None
    channel_id: str | None = None
    components: list[WhatsappTemplateComponentsItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        id = UNSET if self.id is None else self.id

        name = UNSET if self.name is None else self.name

        language = UNSET if self.language is None else self.language

        category = UNSET if self.category is None else self.category

        status = UNSET if self.status is None else self.status

        channel_id = UNSET if self.channel_id is None else self.channel_id

        _components = UNSET if self.components is None else self.components

        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_components, Unset):
            components = []
            for components_item_data in _components:
                components_item = components_item_data.to_dict()
                components.append(components_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if language is not UNSET:
            field_dict["language"] = language
        if category is not UNSET:
            field_dict["category"] = category
        if status is not UNSET:
            field_dict["status"] = status
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if components is not UNSET:
            field_dict["components"] = components

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        id = d.pop("id", None)

        name = d.pop("name", None)

        language = d.pop("language", None)

        category = d.pop("category", None)

        status = d.pop("status", None)

        channel_id = d.pop("channel_id", None)

        _components = d.pop("components", UNSET)
        components: list[WhatsappTemplateComponentsItem] | Unset = UNSET
        if _components is not UNSET:
            components = []
            for components_item_data in _components:
                components_item = WhatsappTemplateComponentsItem.from_dict(components_item_data)

                components.append(components_item)

        if components is UNSET:
            components = None

        whatsapp_template = cls(
            field_id=field_id,
            id=id,
            name=name,
            language=language,
            category=category,
            status=status,
            channel_id=channel_id,
            components=components,
        )

        whatsapp_template.additional_properties = d
        return whatsapp_template

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.whatsapp_template_components_item import WhatsappTemplateComponentsItem
