from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define

from ..types import WireAccess

T = TypeVar("T", bound="EmbeddingInput")


@_attrs_define(repr=False)
class EmbeddingInput(WireAccess):
    """
    Attributes:
        model (str):
        input_ (list[str]):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "model": "model",
        "input": "input_",
    }

    model: str
    input_: list[str]

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        input_ = self.input_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "input": input_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        input_ = cast(list[str], d.pop("input"))

        embedding_input = cls(
            model=model,
            input_=input_,
        )

        return embedding_input
