from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="GuardrailWrite")


@_attrs_define(repr=False)
class GuardrailWrite(WireAccess):
    """
    Attributes:
        name (str):
        model (str):
        instructions (str):
        description (str | None):
        unsafe_categories (list[str] | None):
        competitor_keywords (list[str] | None):
        custom_unsafe_patterns (list[str] | None):
        guardrail_provider_id (None | str):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
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
            "description",
            "unsafe_categories",
            "competitor_keywords",
            "custom_unsafe_patterns",
            "guardrail_provider_id",
        }
    )

    name: str
    model: str
    instructions: str
    description: str | None = None
    unsafe_categories: list[str] | None = None
    competitor_keywords: list[str] | None = None
    custom_unsafe_patterns: list[str] | None = None
    guardrail_provider_id: None | str = UNSET
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
        name = self.name

        model = self.model

        instructions = self.instructions

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

        field_dict.update(
            {
                "name": name,
                "model": model,
                "instructions": instructions,
            }
        )
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
        name = d.pop("name")

        model = d.pop("model")

        instructions = d.pop("instructions")

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

        guardrail_write = cls(
            name=name,
            model=model,
            instructions=instructions,
            description=description,
            unsafe_categories=unsafe_categories,
            competitor_keywords=competitor_keywords,
            custom_unsafe_patterns=custom_unsafe_patterns,
            guardrail_provider_id=guardrail_provider_id,
        )

        return guardrail_write
