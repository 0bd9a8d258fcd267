from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="Classification")


@_attrs_define(repr=False)
class Classification(WireAccess):
    """
    Attributes:
        file_id (str):
        category (str):
        confidence (float | None):
        labels (list[str] | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "file_id": "file_id",
        "category": "category",
        "confidence": "confidence",
        "labels": "labels",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "confidence",
            "labels",
        }
    )

    file_id: str
    category: str
    confidence: float | None = None
    labels: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        category = self.category

        confidence = UNSET if self.confidence is None else self.confidence

        _labels = UNSET if self.labels is None else self.labels

        labels: list[str] | Unset = UNSET
        if not isinstance(_labels, Unset):
            labels = _labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_id": file_id,
                "category": category,
            }
        )
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = d.pop("file_id")

        category = d.pop("category")

        confidence = d.pop("confidence", None)

        labels = cast(list[str], d.pop("labels", None))

        classification = cls(
            file_id=file_id,
            category=category,
            confidence=confidence,
            labels=labels,
        )

        classification.additional_properties = d
        return classification

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
