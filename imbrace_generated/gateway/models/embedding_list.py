from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="EmbeddingList")


@_attrs_define(repr=False)
class EmbeddingList(WireAccess):
    """
    Attributes:
        data (list[Embedding]):
        object_ (str | None):
        model (str | None):
        usage (CompletionUsage | None): Token counts of a completion, and of an embedding request (`completion_tokens`
            0).
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "data": "data",
        "object": "object_",
        "model": "model",
        "usage": "usage",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "object",
            "model",
            "usage",
        }
    )

    data: list[Embedding]
    object_: str | None = None
    model: str | None = None
    usage: CompletionUsage | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        object_ = UNSET if self.object_ is None else self.object_

        model = UNSET if self.model is None else self.model

        _usage = UNSET if self.usage is None else self.usage

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(_usage, Unset):
            usage = _usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if model is not UNSET:
            field_dict["model"] = model
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Embedding.from_dict(data_item_data)

            data.append(data_item)

        object_ = d.pop("object", None)

        model = d.pop("model", None)

        _usage = d.pop("usage", None)
        usage = None if _usage is None else CompletionUsage.from_dict(_usage)

        embedding_list = cls(
            data=data,
            object_=object_,
            model=model,
            usage=usage,
        )

        embedding_list.additional_properties = d
        return embedding_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.completion_usage import CompletionUsage
from ..models.embedding import Embedding
