from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="Guardrail")


@_attrs_define
class Guardrail(WireAccess):
    """
    Attributes:
        field_id (str):
        name (str):
        id (str | Unset):
        model (str | Unset):
        instructions (str | Unset):
        description (str | Unset):
        unsafe_categories (list[str] | Unset):
        competitor_keywords (list[str] | Unset):
        custom_unsafe_patterns (list[str] | Unset):
        guardrail_provider_id (None | str | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "name": "name",
        "id": "id",
        "model": "model",
        "instructions": "instructions",
        "description": "description",
        "unsafe_categories": "unsafe_categories",
        "competitor_keywords": "competitor_keywords",
        "custom_unsafe_patterns": "custom_unsafe_patterns",
        "guardrail_provider_id": "guardrail_provider_id",
    }

    field_id: str
    name: str
    id: str | Unset = UNSET
    model: str | Unset = UNSET
    instructions: str | Unset = UNSET
    description: str | Unset = UNSET
    unsafe_categories: list[str] | Unset = UNSET
    competitor_keywords: list[str] | Unset = UNSET
    custom_unsafe_patterns: list[str] | Unset = UNSET
    guardrail_provider_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = self.name

        id = self.id

        model = self.model

        instructions = self.instructions

        description = self.description

        unsafe_categories: list[str] | Unset = UNSET
        if not isinstance(self.unsafe_categories, Unset):
            unsafe_categories = self.unsafe_categories

        competitor_keywords: list[str] | Unset = UNSET
        if not isinstance(self.competitor_keywords, Unset):
            competitor_keywords = self.competitor_keywords

        custom_unsafe_patterns: list[str] | Unset = UNSET
        if not isinstance(self.custom_unsafe_patterns, Unset):
            custom_unsafe_patterns = self.custom_unsafe_patterns

        guardrail_provider_id: None | str | Unset
        if isinstance(self.guardrail_provider_id, Unset):
            guardrail_provider_id = UNSET
        else:
            guardrail_provider_id = self.guardrail_provider_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if model is not UNSET:
            field_dict["model"] = model
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if description is not UNSET:
            field_dict["description"] = description
        if unsafe_categories is not UNSET:
            field_dict["unsafe_categories"] = unsafe_categories
        if competitor_keywords is not UNSET:
            field_dict["competitor_keywords"] = competitor_keywords
        if custom_unsafe_patterns is not UNSET:
            field_dict["custom_unsafe_patterns"] = custom_unsafe_patterns
        if guardrail_provider_id is not UNSET:
            field_dict["guardrail_provider_id"] = guardrail_provider_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        name = d.pop("name")

        id = d.pop("id", UNSET)

        model = d.pop("model", UNSET)

        instructions = d.pop("instructions", UNSET)

        description = d.pop("description", UNSET)

        unsafe_categories = cast(list[str], d.pop("unsafe_categories", UNSET))

        competitor_keywords = cast(list[str], d.pop("competitor_keywords", UNSET))

        custom_unsafe_patterns = cast(list[str], d.pop("custom_unsafe_patterns", UNSET))

        def _parse_guardrail_provider_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        guardrail_provider_id = _parse_guardrail_provider_id(d.pop("guardrail_provider_id", UNSET))

        guardrail = cls(
            field_id=field_id,
            name=name,
            id=id,
            model=model,
            instructions=instructions,
            description=description,
            unsafe_categories=unsafe_categories,
            competitor_keywords=competitor_keywords,
            custom_unsafe_patterns=custom_unsafe_patterns,
            guardrail_provider_id=guardrail_provider_id,
        )

        guardrail.additional_properties = d
        return guardrail

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
