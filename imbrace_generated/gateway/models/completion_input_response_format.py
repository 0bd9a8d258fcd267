from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..models.completion_input_response_format_type import (
    CompletionInputResponseFormatType,
    check_completion_input_response_format_type,
)
from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="CompletionInputResponseFormat")


@_attrs_define(repr=False)
class CompletionInputResponseFormat(WireAccess):
    """`{"type": "text" | "json_object"}` or `{"type": "json_schema", "json_schema": {...}}`.

    Attributes:
        type_ (CompletionInputResponseFormatType):
        json_schema (CompletionInputResponseFormatJsonSchema | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "type": "type_",
        "json_schema": "json_schema",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "json_schema",
        }
    )

    type_: CompletionInputResponseFormatType
    json_schema: CompletionInputResponseFormatJsonSchema | None = None

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        _json_schema = UNSET if self.json_schema is None else self.json_schema

        json_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(_json_schema, Unset):
            json_schema = _json_schema.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_completion_input_response_format_type(d.pop("type"))

        _json_schema = d.pop("json_schema", None)
        json_schema = None if _json_schema is None else CompletionInputResponseFormatJsonSchema.from_dict(_json_schema)

        completion_input_response_format = cls(
            type_=type_,
            json_schema=json_schema,
        )

        return completion_input_response_format


from ..models.completion_input_response_format_json_schema import CompletionInputResponseFormatJsonSchema
