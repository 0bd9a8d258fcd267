from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="CompletionChunk")


@_attrs_define(repr=False)
class CompletionChunk(WireAccess):
    """One `chat.completion.chunk` event of a streamed completion.

    Attributes:
        choices (list[CompletionChunkChoice]):
        id (str | None):
        object_ (str | None):
        created (int | None):
        model (str | None):
        usage (CompletionUsage | None): Token counts of a completion, and of an embedding request (`completion_tokens`
            0).
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "choices": "choices",
        "id": "id",
        "object": "object_",
        "created": "created",
        "model": "model",
        "usage": "usage",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "object",
            "created",
            "model",
            "usage",
        }
    )

    choices: list[CompletionChunkChoice]
    id: str | None = None
    object_: str | None = None
    created: int | None = None
    model: str | None = None
    usage: CompletionUsage | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        id = UNSET if self.id is None else self.id

        object_ = UNSET if self.object_ is None else self.object_

        created = UNSET if self.created is None else self.created

        model = UNSET if self.model is None else self.model

        _usage = UNSET if self.usage is None else self.usage

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(_usage, Unset):
            usage = _usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "choices": choices,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if created is not UNSET:
            field_dict["created"] = created
        if model is not UNSET:
            field_dict["model"] = model
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = CompletionChunkChoice.from_dict(choices_item_data)

            choices.append(choices_item)

        id = d.pop("id", None)

        object_ = d.pop("object", None)

        created = d.pop("created", None)

        model = d.pop("model", None)

        _usage = d.pop("usage", None)
        usage = None if _usage is None else CompletionUsage.from_dict(_usage)

        completion_chunk = cls(
            choices=choices,
            id=id,
            object_=object_,
            created=created,
            model=model,
            usage=usage,
        )

        completion_chunk.additional_properties = d
        return completion_chunk

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.completion_chunk_choice import CompletionChunkChoice
from ..models.completion_usage import CompletionUsage
