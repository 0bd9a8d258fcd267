from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="CompletionFunction")


@_attrs_define(repr=False)
class CompletionFunction(WireAccess):
    """
    Attributes:
        name (str):
        description (str | None):
        parameters (CompletionFunctionParameters | None): A JSON Schema of the arguments.
        strict (bool | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "description": "description",
        "parameters": "parameters",
        "strict": "strict",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "parameters",
            "strict",
        }
    )

    name: str
    description: str | None = None
    parameters: CompletionFunctionParameters | None = None
    strict: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = UNSET if self.description is None else self.description

        _parameters = UNSET if self.parameters is None else self.parameters

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(_parameters, Unset):
            parameters = _parameters.to_dict()

        strict = UNSET if self.strict is None else self.strict

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", None)

        _parameters = d.pop("parameters", None)
        parameters = None if _parameters is None else CompletionFunctionParameters.from_dict(_parameters)

        strict = d.pop("strict", None)

        completion_function = cls(
            name=name,
            description=description,
            parameters=parameters,
            strict=strict,
        )

        return completion_function


from ..models.completion_function_parameters import CompletionFunctionParameters
