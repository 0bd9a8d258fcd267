from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define

from ..models.embedding_input_encoding_format import EmbeddingInputEncodingFormat, check_embedding_input_encoding_format
from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="EmbeddingInput")


@_attrs_define(repr=False)
class EmbeddingInput(WireAccess):
    """
    Attributes:
        model (str):
        input_ (list[str]):
        encoding_format (EmbeddingInputEncodingFormat | None):
        dimensions (int | None): The length of each vector, where the model allows (at most 8192: a guess above every
            published embedding size).
        user (str | None): The end user's id, for abuse monitoring.
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "model": "model",
        "input": "input_",
        "encoding_format": "encoding_format",
        "dimensions": "dimensions",
        "user": "user",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "encoding_format",
            "dimensions",
            "user",
        }
    )

    model: str
    input_: list[str]
    encoding_format: EmbeddingInputEncodingFormat | None = None
    dimensions: int | None = None
    user: str | None = None

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        input_ = self.input_

        _encoding_format = UNSET if self.encoding_format is None else self.encoding_format

        encoding_format: str | Unset = UNSET
        if not isinstance(_encoding_format, Unset):
            encoding_format = _encoding_format

        dimensions = UNSET if self.dimensions is None else self.dimensions

        user = UNSET if self.user is None else self.user

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "input": input_,
            }
        )
        if encoding_format is not UNSET:
            field_dict["encoding_format"] = encoding_format
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        input_ = cast(list[str], d.pop("input"))

        _encoding_format = d.pop("encoding_format", None)
        encoding_format = None if _encoding_format is None else check_embedding_input_encoding_format(_encoding_format)

        dimensions = d.pop("dimensions", None)

        user = d.pop("user", None)

        embedding_input = cls(
            model=model,
            input_=input_,
            encoding_format=encoding_format,
            dimensions=dimensions,
            user=user,
        )

        return embedding_input
