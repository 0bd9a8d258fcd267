from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="PredictResult")


@_attrs_define(repr=False)
class PredictResult(WireAccess):
    """The prediction: `score` (docs:sdk/resources.md reads it), with the `model` that made it.

    Attributes:
        score (float):
        model (str | None):
        label (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "score": "score",
        "model": "model",
        "label": "label",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "model",
            "label",
        }
    )

    score: float
    model: str | None = None
    label: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score = self.score

        model = UNSET if self.model is None else self.model

        label = UNSET if self.label is None else self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "score": score,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        score = d.pop("score")

        model = d.pop("model", None)

        label = d.pop("label", None)

        predict_result = cls(
            score=score,
            model=model,
            label=label,
        )

        predict_result.additional_properties = d
        return predict_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
