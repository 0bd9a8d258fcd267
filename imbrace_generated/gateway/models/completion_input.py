from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="CompletionInput")


@_attrs_define(repr=False)
class CompletionInput(WireAccess):
    """
    Attributes:
        model (str):
        messages (list[CompletionMessage]):
        temperature (float | None):
        max_tokens (int | None):
        metadata (CompletionInputMetadata | None):
        stream (bool | None): Set by the SDK; `complete` sends false and `stream` true.
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "model": "model",
        "messages": "messages",
        "temperature": "temperature",
        "max_tokens": "max_tokens",
        "metadata": "metadata",
        "stream": "stream",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "temperature",
            "max_tokens",
            "metadata",
            "stream",
        }
    )

    model: str
    messages: list[CompletionMessage]
    temperature: float | None = None
    max_tokens: int | None = None
    metadata: CompletionInputMetadata | None = None
    stream: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        temperature = UNSET if self.temperature is None else self.temperature

        max_tokens = UNSET if self.max_tokens is None else self.max_tokens

        _metadata = UNSET if self.metadata is None else self.metadata

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(_metadata, Unset):
            metadata = _metadata.to_dict()

        stream = UNSET if self.stream is None else self.stream

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "messages": messages,
            }
        )
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if stream is not UNSET:
            field_dict["stream"] = stream

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = CompletionMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        temperature = d.pop("temperature", None)

        max_tokens = d.pop("max_tokens", None)

        _metadata = d.pop("metadata", None)
        metadata = None if _metadata is None else CompletionInputMetadata.from_dict(_metadata)

        stream = d.pop("stream", None)

        completion_input = cls(
            model=model,
            messages=messages,
            temperature=temperature,
            max_tokens=max_tokens,
            metadata=metadata,
            stream=stream,
        )

        return completion_input


from ..models.completion_input_metadata import CompletionInputMetadata
from ..models.completion_message import CompletionMessage
