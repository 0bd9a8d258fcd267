from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="Guardrail")


@_attrs_define(repr=False)
class Guardrail(WireAccess):
    """
    Attributes:
        field_id (str):
        name (str):
        id (str | None):
        model (str | None):
        instructions (str | None):
        description (str | None):
        unsafe_categories (list[str] | None):
        competitor_keywords (list[str] | None):
        custom_unsafe_patterns (list[str] | None):
        guardrail_provider_id (None | str):
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
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "model",
            "instructions",
            "description",
            "unsafe_categories",
            "competitor_keywords",
            "custom_unsafe_patterns",
            "guardrail_provider_id",
        }
    )

    field_id: str
    name: str
    id: str | None = None
    model: str | None = None
    instructions: str | None = None
    description: str | None = None
    unsafe_categories: list[str] | None = None
    competitor_keywords: list[str] | None = None
    custom_unsafe_patterns: list[str] | None = None
    guardrail_provider_id: None | str = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _explicit_nulls: tuple[str, ...] = _attrs_field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # A nullable optional field given (or sent) as None is an explicit null; one left UNSET was not sent.
        nulls: tuple[str, ...] = ()
        if self.guardrail_provider_id is None:
            nulls += ("guardrail_provider_id",)
        elif self.guardrail_provider_id is UNSET:
            self.guardrail_provider_id = None
        self._explicit_nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = self.name

        id = UNSET if self.id is None else self.id

        model = UNSET if self.model is None else self.model

        instructions = UNSET if self.instructions is None else self.instructions

        description = UNSET if self.description is None else self.description

        _unsafe_categories = UNSET if self.unsafe_categories is None else self.unsafe_categories

        unsafe_categories: list[str] | Unset = UNSET
        if not isinstance(_unsafe_categories, Unset):
            unsafe_categories = _unsafe_categories

        _competitor_keywords = UNSET if self.competitor_keywords is None else self.competitor_keywords

        competitor_keywords: list[str] | Unset = UNSET
        if not isinstance(_competitor_keywords, Unset):
            competitor_keywords = _competitor_keywords

        _custom_unsafe_patterns = UNSET if self.custom_unsafe_patterns is None else self.custom_unsafe_patterns

        custom_unsafe_patterns: list[str] | Unset = UNSET
        if not isinstance(_custom_unsafe_patterns, Unset):
            custom_unsafe_patterns = _custom_unsafe_patterns

        _guardrail_provider_id = (
            UNSET
            if self.guardrail_provider_id is None and "guardrail_provider_id" not in self._explicit_nulls
            else self.guardrail_provider_id
        )

        guardrail_provider_id: None | str | Unset
        if isinstance(_guardrail_provider_id, Unset):
            guardrail_provider_id = UNSET
        else:
            guardrail_provider_id = _guardrail_provider_id

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

        id = d.pop("id", None)

        model = d.pop("model", None)

        instructions = d.pop("instructions", None)

        description = d.pop("description", None)

        unsafe_categories = cast(list[str], d.pop("unsafe_categories", None))

        competitor_keywords = cast(list[str], d.pop("competitor_keywords", None))

        custom_unsafe_patterns = cast(list[str], d.pop("custom_unsafe_patterns", None))

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
