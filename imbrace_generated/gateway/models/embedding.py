from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="Embedding")


@_attrs_define(repr=False)
class Embedding(WireAccess):
    """
    Attributes:
        embedding (list[float]):
        index (int | None):
        object_ (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "embedding": "embedding",
        "index": "index",
        "object": "object_",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "index",
            "object",
        }
    )

    embedding: list[float]
    index: int | None = None
    object_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        embedding = self.embedding

        index = UNSET if self.index is None else self.index

        object_ = UNSET if self.object_ is None else self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "embedding": embedding,
            }
        )
        if index is not UNSET:
            field_dict["index"] = index
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        embedding = cast(list[float], d.pop("embedding"))

        index = d.pop("index", None)

        object_ = d.pop("object", None)

        embedding = cls(
            embedding=embedding,
            index=index,
            object_=object_,
        )

        embedding.additional_properties = d
        return embedding

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
