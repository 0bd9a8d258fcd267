"""Typed events of the UI message stream (the Vercel AI SDK protocol spoken by ``/ai-agent/v2/chat``).

Every chunk type has a model generated from ``openapi/ai-agent.yaml``; ``parse_chunk`` picks it by the
chunk's ``type``. A ``data-<name>`` chunk becomes :class:`DataChunk`; an unknown or malformed chunk is
passed through as a generic :class:`UIMessageChunk`, never dropped. Every model keeps unknown keys and
allows ``event["key"]``, ``event.get("key")`` and attribute access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from imbrace_generated.ai_agent import models as _models

if TYPE_CHECKING:
    from imbrace_generated.ai_agent.models import (
        AbortChunk,
        DataChunk,
        ErrorChunk,
        FileChunk,
        FinishChunk,
        FinishStepChunk,
        MessageMetadataChunk,
        ReasoningDeltaChunk,
        ReasoningEndChunk,
        ReasoningStartChunk,
        SourceDocumentChunk,
        SourceUrlChunk,
        StartChunk,
        StartStepChunk,
        TextDeltaChunk,
        TextEndChunk,
        TextStartChunk,
        ToolInputAvailableChunk,
        ToolInputDeltaChunk,
        ToolInputErrorChunk,
        ToolInputStartChunk,
        ToolOutputAvailableChunk,
        ToolOutputErrorChunk,
        UIMessageChunk,
    )

    UIEvent = (
        StartChunk
        | StartStepChunk
        | FinishStepChunk
        | TextStartChunk
        | TextDeltaChunk
        | TextEndChunk
        | ReasoningStartChunk
        | ReasoningDeltaChunk
        | ReasoningEndChunk
        | ToolInputStartChunk
        | ToolInputDeltaChunk
        | ToolInputAvailableChunk
        | ToolInputErrorChunk
        | ToolOutputAvailableChunk
        | ToolOutputErrorChunk
        | SourceUrlChunk
        | SourceDocumentChunk
        | FileChunk
        | DataChunk
        | MessageMetadataChunk
        | FinishChunk
        | ErrorChunk
        | AbortChunk
        | UIMessageChunk
    )

CHUNK_MODELS: dict[str, str] = {
    "start": "StartChunk",
    "start-step": "StartStepChunk",
    "finish-step": "FinishStepChunk",
    "text-start": "TextStartChunk",
    "text-delta": "TextDeltaChunk",
    "text-end": "TextEndChunk",
    "reasoning-start": "ReasoningStartChunk",
    "reasoning-delta": "ReasoningDeltaChunk",
    "reasoning-end": "ReasoningEndChunk",
    "tool-input-start": "ToolInputStartChunk",
    "tool-input-delta": "ToolInputDeltaChunk",
    "tool-input-available": "ToolInputAvailableChunk",
    "tool-input-error": "ToolInputErrorChunk",
    "tool-output-available": "ToolOutputAvailableChunk",
    "tool-output-error": "ToolOutputErrorChunk",
    "source-url": "SourceUrlChunk",
    "source-document": "SourceDocumentChunk",
    "file": "FileChunk",
    "message-metadata": "MessageMetadataChunk",
    "finish": "FinishChunk",
    "error": "ErrorChunk",
    "abort": "AbortChunk",
}


def parse_chunk(chunk: dict[str, Any]) -> UIEvent:
    """The typed event for one decoded chunk."""
    kind = chunk.get("type")
    name = CHUNK_MODELS.get(kind) if isinstance(kind, str) else None
    if name is None and isinstance(kind, str) and kind.startswith("data-"):
        name = "DataChunk"
    if name is not None:
        try:
            event: UIEvent = getattr(_models, name).from_dict(chunk)
            return event
        except (KeyError, TypeError, ValueError):
            pass
    generic: UIEvent = _models.UIMessageChunk.from_dict(
        chunk if isinstance(kind, str) else {**chunk, "type": ""}
    )
    return generic


def __getattr__(name: str) -> Any:
    if name in CHUNK_MODELS.values() or name in ("DataChunk", "UIMessageChunk"):
        return getattr(_models, name)
    raise AttributeError(name)
