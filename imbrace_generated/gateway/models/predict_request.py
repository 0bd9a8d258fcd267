from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="PredictRequest")


@_attrs_define(repr=False)
class PredictRequest(WireAccess):
    """`{model, input}` (docs:sdk/resources.md).

    Attributes:
        model (str):
        input_ (PredictRequestInput | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "model": "model",
        "input": "input_",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "input",
        }
    )

    model: str
    input_: PredictRequestInput | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        _input_ = UNSET if self.input_ is None else self.input_

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(_input_, Unset):
            input_ = _input_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        _input_ = d.pop("input", None)
        input_ = None if _input_ is None else PredictRequestInput.from_dict(_input_)

        predict_request = cls(
            model=model,
            input_=input_,
        )

        predict_request.additional_properties = d
        return predict_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.predict_request_input import PredictRequestInput
