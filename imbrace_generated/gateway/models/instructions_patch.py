from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import WireAccess

T = TypeVar("T", bound="InstructionsPatch")


@_attrs_define(repr=False)
class InstructionsPatch(WireAccess):
    """
    Attributes:
        instructions (str):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "instructions": "instructions",
    }

    instructions: str

    def to_dict(self) -> dict[str, Any]:
        instructions = self.instructions

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "instructions": instructions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instructions = d.pop("instructions")

        instructions_patch = cls(
            instructions=instructions,
        )

        return instructions_patch
