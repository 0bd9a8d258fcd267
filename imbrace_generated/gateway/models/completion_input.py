from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="CompletionInput")


@_attrs_define
class CompletionInput(WireAccess):
    """
    Attributes:
        model (str):
        messages (list[CompletionMessage]):
        temperature (float | Unset):
        max_tokens (int | Unset):
        metadata (CompletionInputMetadata | Unset):
        stream (bool | Unset): Set by the SDK; `complete` sends false and `stream` true.
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "model": "model",
        "messages": "messages",
        "temperature": "temperature",
        "max_tokens": "max_tokens",
        "metadata": "metadata",
        "stream": "stream",
    }

    model: str
    messages: list[CompletionMessage]
    temperature: float | Unset = UNSET
    max_tokens: int | Unset = UNSET
    metadata: CompletionInputMetadata | Unset = UNSET
    stream: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        temperature = self.temperature

        max_tokens = self.max_tokens

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        stream = self.stream

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

        temperature = d.pop("temperature", UNSET)

        max_tokens = d.pop("max_tokens", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: CompletionInputMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CompletionInputMetadata.from_dict(_metadata)

        stream = d.pop("stream", UNSET)

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
