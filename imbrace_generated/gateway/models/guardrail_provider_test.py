from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import WireAccess

T = TypeVar("T", bound="GuardrailProviderTest")


@_attrs_define(repr=False)
class GuardrailProviderTest(WireAccess):
    """
    Attributes:
        prompt (str):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "prompt": "prompt",
    }

    prompt: str

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        guardrail_provider_test = cls(
            prompt=prompt,
        )

        return guardrail_provider_test
