"""Types of ``client.ai`` and ``client.chat_ai``, generated from ``openapi/gateway.yaml``.

The request models are the names the docs import and build with keyword arguments::

    from imbrace.types.ai import CompletionInput, CompletionMessage, EmbeddingInput

    CompletionInput(model="gpt-4o", messages=[CompletionMessage(role="user", content="Hi")], temperature=0.7)

``CompletionMessage.role`` is one of ``system``, ``user``, ``assistant``, ``tool``; ``content`` may be
None (an assistant message that only calls tools). ``messages`` may also be plain dicts
(``CompletionInput(model=..., messages=[{"role": "user", "content": "hi"}])``): ``client.ai.complete`` and
``stream`` send them as written. The standard OpenAI fields (``tools``, ``tool_choice``,
``response_format``, ``top_p``, ``stop``, ``seed``, ``n``, ``user``, the penalties, ``logit_bias``,
``stream_options``) are known fields; a reply's ``choices[0].message.tool_calls`` (a stream's
``delta.tool_calls``) and ``usage`` are typed. Response models allow ``m.attr``, ``m["wire_key"]``,
``m.get(...)`` and keep unknown keys.
"""

from __future__ import annotations

from imbrace_generated.gateway.models import (
    Agent,
    AgentList,
    Completion,
    CompletionChoice,
    CompletionChoiceMessage,
    CompletionChunk,
    CompletionChunkChoice,
    CompletionDelta,
    CompletionFunction,
    CompletionInput,
    CompletionMessage,
    CompletionNamedToolChoice,
    CompletionTool,
    CompletionToolCall,
    CompletionToolCallDelta,
    CompletionToolCallFunction,
    CompletionUsage,
    Embedding,
    EmbeddingList,
    ExtractedFile,
    Guardrail,
    GuardrailList,
    GuardrailProvider,
    GuardrailProviderList,
    GuardrailProviderModels,
    GuardrailProviderTestResult,
    LlmModel,
    LlmModelList,
    NameCheck,
    Provider,
    RagFile,
    RagFileList,
    ToolServerVerification,
    UploadedFile,
    WorkflowFunctionCall,
)
from imbrace_generated.gateway.models import EmbeddingInput as _GeneratedEmbeddingInput

from .._completions import AsyncCompletionStream, CompletionStream
from .._errors import InvalidRequestError


class EmbeddingInput(_GeneratedEmbeddingInput):
    """``EmbeddingInput(model=..., input=[...])`` as the docs write it (the generated field is ``input_``)."""

    __slots__ = ()

    def __init__(
        self,
        model: str,
        input: list[str] | None = None,  # noqa: A002 - the wire name the docs use
        *,
        input_: list[str] | None = None,
    ) -> None:
        texts = input if input is not None else input_
        if texts is None:
            raise InvalidRequestError("input", "is required")
        super().__init__(model=model, input_=texts)


__all__ = [
    "Agent",
    "AsyncCompletionStream",
    "CompletionStream",
    "AgentList",
    "Completion",
    "CompletionChoice",
    "CompletionChoiceMessage",
    "CompletionChunk",
    "CompletionChunkChoice",
    "CompletionDelta",
    "CompletionFunction",
    "CompletionInput",
    "CompletionMessage",
    "CompletionNamedToolChoice",
    "CompletionTool",
    "CompletionToolCall",
    "CompletionToolCallDelta",
    "CompletionToolCallFunction",
    "CompletionUsage",
    "Embedding",
    "EmbeddingInput",
    "EmbeddingList",
    "ExtractedFile",
    "Guardrail",
    "GuardrailList",
    "GuardrailProvider",
    "GuardrailProviderList",
    "GuardrailProviderModels",
    "GuardrailProviderTestResult",
    "LlmModel",
    "LlmModelList",
    "NameCheck",
    "Provider",
    "RagFile",
    "RagFileList",
    "ToolServerVerification",
    "UploadedFile",
    "WorkflowFunctionCall",
]
