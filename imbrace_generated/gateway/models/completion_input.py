from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define

from ..models.completion_input_tool_choice_type_0 import (
    CompletionInputToolChoiceType0,
    check_completion_input_tool_choice_type_0,
)
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
        tools (list[CompletionTool] | None): Functions the model may call; a reply then carries `tool_calls`.
        tool_choice (CompletionInputToolChoiceType0 | CompletionNamedToolChoice | None): `"none"`, `"auto"`,
            `"required"`, or `{"type": "function", "function": {"name": ...}}`.
        response_format (CompletionInputResponseFormat | None): `{"type": "text" | "json_object"}` or `{"type":
            "json_schema", "json_schema": {...}}`.
        top_p (float | None):
        stop (list[str] | str | None): Up to 4 sequences where the model stops.
        seed (int | None):
        n (int | None): How many choices to generate.
        user (str | None): The end user's id, for abuse monitoring.
        presence_penalty (float | None):
        frequency_penalty (float | None):
        logit_bias (CompletionInputLogitBias | None): Token id (as a string) to a bias from -100 to 100.
        stream_options (CompletionInputStreamOptions | None): With `stream`; `include_usage` adds a last chunk carrying
            `usage`.
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "model": "model",
        "messages": "messages",
        "temperature": "temperature",
        "max_tokens": "max_tokens",
        "metadata": "metadata",
        "stream": "stream",
        "tools": "tools",
        "tool_choice": "tool_choice",
        "response_format": "response_format",
        "top_p": "top_p",
        "stop": "stop",
        "seed": "seed",
        "n": "n",
        "user": "user",
        "presence_penalty": "presence_penalty",
        "frequency_penalty": "frequency_penalty",
        "logit_bias": "logit_bias",
        "stream_options": "stream_options",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "temperature",
            "max_tokens",
            "metadata",
            "stream",
            "tools",
            "tool_choice",
            "response_format",
            "top_p",
            "stop",
            "seed",
            "n",
            "user",
            "presence_penalty",
            "frequency_penalty",
            "logit_bias",
            "stream_options",
        }
    )

    model: str
    messages: list[CompletionMessage]
    temperature: float | None = None
    max_tokens: int | None = None
    metadata: CompletionInputMetadata | None = None
    stream: bool | None = None
    tools: list[CompletionTool] | None = None
    tool_choice: CompletionInputToolChoiceType0 | CompletionNamedToolChoice | None = None
    response_format: CompletionInputResponseFormat | None = None
    top_p: float | None = None
    stop: list[str] | str | None = None
    seed: int | None = None
    n: int | None = None
    user: str | None = None
    presence_penalty: float | None = None
    frequency_penalty: float | None = None
    logit_bias: CompletionInputLogitBias | None = None
    stream_options: CompletionInputStreamOptions | None = None

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

        _tools = UNSET if self.tools is None else self.tools

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_tools, Unset):
            tools = []
            for tools_item_data in _tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        _tool_choice = UNSET if self.tool_choice is None else self.tool_choice

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(_tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(_tool_choice, str):
            tool_choice = _tool_choice
        else:
            tool_choice = _tool_choice.to_dict()

        _response_format = UNSET if self.response_format is None else self.response_format

        response_format: dict[str, Any] | Unset = UNSET
        if not isinstance(_response_format, Unset):
            response_format = _response_format.to_dict()

        top_p = UNSET if self.top_p is None else self.top_p

        _stop = UNSET if self.stop is None else self.stop

        stop: list[str] | str | Unset
        if isinstance(_stop, Unset):
            stop = UNSET
        elif isinstance(_stop, list):
            stop = _stop

        else:
            stop = _stop

        seed = UNSET if self.seed is None else self.seed

        n = UNSET if self.n is None else self.n

        user = UNSET if self.user is None else self.user

        presence_penalty = UNSET if self.presence_penalty is None else self.presence_penalty

        frequency_penalty = UNSET if self.frequency_penalty is None else self.frequency_penalty

        _logit_bias = UNSET if self.logit_bias is None else self.logit_bias

        logit_bias: dict[str, Any] | Unset = UNSET
        if not isinstance(_logit_bias, Unset):
            logit_bias = _logit_bias.to_dict()

        _stream_options = UNSET if self.stream_options is None else self.stream_options

        stream_options: dict[str, Any] | Unset = UNSET
        if not isinstance(_stream_options, Unset):
            stream_options = _stream_options.to_dict()

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
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if stop is not UNSET:
            field_dict["stop"] = stop
        if seed is not UNSET:
            field_dict["seed"] = seed
        if n is not UNSET:
            field_dict["n"] = n
        if user is not UNSET:
            field_dict["user"] = user
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options

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

        _tools = d.pop("tools", UNSET)
        tools: list[CompletionTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = CompletionTool.from_dict(tools_item_data)

                tools.append(tools_item)

        if tools is UNSET:
            tools = None

        def _parse_tool_choice(data: object) -> CompletionInputToolChoiceType0 | CompletionNamedToolChoice | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tool_choice_type_0 = check_completion_input_tool_choice_type_0(data)

                return tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            tool_choice_type_1 = CompletionNamedToolChoice.from_dict(data)

            return tool_choice_type_1

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        if tool_choice is UNSET:
            tool_choice = None

        _response_format = d.pop("response_format", None)
        response_format = (
            None if _response_format is None else CompletionInputResponseFormat.from_dict(_response_format)
        )

        top_p = d.pop("top_p", None)

        def _parse_stop(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stop_type_1 = cast(list[str], data)

                return stop_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        stop = _parse_stop(d.pop("stop", UNSET))

        if stop is UNSET:
            stop = None

        seed = d.pop("seed", None)

        n = d.pop("n", None)

        user = d.pop("user", None)

        presence_penalty = d.pop("presence_penalty", None)

        frequency_penalty = d.pop("frequency_penalty", None)

        _logit_bias = d.pop("logit_bias", None)
        logit_bias = None if _logit_bias is None else CompletionInputLogitBias.from_dict(_logit_bias)

        _stream_options = d.pop("stream_options", None)
        stream_options = None if _stream_options is None else CompletionInputStreamOptions.from_dict(_stream_options)

        completion_input = cls(
            model=model,
            messages=messages,
            temperature=temperature,
            max_tokens=max_tokens,
            metadata=metadata,
            stream=stream,
            tools=tools,
            tool_choice=tool_choice,
            response_format=response_format,
            top_p=top_p,
            stop=stop,
            seed=seed,
            n=n,
            user=user,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            logit_bias=logit_bias,
            stream_options=stream_options,
        )

        return completion_input


from ..models.completion_input_logit_bias import CompletionInputLogitBias
from ..models.completion_input_metadata import CompletionInputMetadata
from ..models.completion_input_response_format import CompletionInputResponseFormat
from ..models.completion_input_stream_options import CompletionInputStreamOptions
from ..models.completion_message import CompletionMessage
from ..models.completion_named_tool_choice import CompletionNamedToolChoice
from ..models.completion_tool import CompletionTool
