"""Contains all the data models used in inputs/outputs (imported lazily, on first access)"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .abort_chunk import AbortChunk
    from .chat_client_token_request import ChatClientTokenRequest
    from .chat_client_user import ChatClientUser
    from .chat_message import ChatMessage
    from .chat_message_parts_item import ChatMessagePartsItem
    from .chat_message_role import ChatMessageRole
    from .chat_request import ChatRequest
    from .data_chunk import DataChunk
    from .error import Error
    from .error_chunk import ErrorChunk
    from .file_chunk import FileChunk
    from .finish_chunk import FinishChunk
    from .finish_chunk_message_metadata import FinishChunkMessageMetadata
    from .finish_step_chunk import FinishStepChunk
    from .health import Health
    from .health_checks import HealthChecks
    from .message_metadata_chunk import MessageMetadataChunk
    from .message_metadata_chunk_message_metadata import MessageMetadataChunkMessageMetadata
    from .reasoning_delta_chunk import ReasoningDeltaChunk
    from .reasoning_end_chunk import ReasoningEndChunk
    from .reasoning_start_chunk import ReasoningStartChunk
    from .service_config import ServiceConfig
    from .service_version import ServiceVersion
    from .source_document_chunk import SourceDocumentChunk
    from .source_url_chunk import SourceUrlChunk
    from .start_chunk import StartChunk
    from .start_chunk_message_metadata import StartChunkMessageMetadata
    from .start_step_chunk import StartStepChunk
    from .text_delta_chunk import TextDeltaChunk
    from .text_end_chunk import TextEndChunk
    from .text_start_chunk import TextStartChunk
    from .tool_input_available_chunk import ToolInputAvailableChunk
    from .tool_input_delta_chunk import ToolInputDeltaChunk
    from .tool_input_error_chunk import ToolInputErrorChunk
    from .tool_input_start_chunk import ToolInputStartChunk
    from .tool_output_available_chunk import ToolOutputAvailableChunk
    from .tool_output_error_chunk import ToolOutputErrorChunk
    from .ui_message_chunk import UIMessageChunk

_MODULE_OF: dict[str, str] = {
    "AbortChunk": ".abort_chunk",
    "ChatClientTokenRequest": ".chat_client_token_request",
    "ChatClientUser": ".chat_client_user",
    "ChatMessage": ".chat_message",
    "ChatMessagePartsItem": ".chat_message_parts_item",
    "ChatMessageRole": ".chat_message_role",
    "ChatRequest": ".chat_request",
    "DataChunk": ".data_chunk",
    "Error": ".error",
    "ErrorChunk": ".error_chunk",
    "FileChunk": ".file_chunk",
    "FinishChunk": ".finish_chunk",
    "FinishChunkMessageMetadata": ".finish_chunk_message_metadata",
    "FinishStepChunk": ".finish_step_chunk",
    "Health": ".health",
    "HealthChecks": ".health_checks",
    "MessageMetadataChunk": ".message_metadata_chunk",
    "MessageMetadataChunkMessageMetadata": ".message_metadata_chunk_message_metadata",
    "ReasoningDeltaChunk": ".reasoning_delta_chunk",
    "ReasoningEndChunk": ".reasoning_end_chunk",
    "ReasoningStartChunk": ".reasoning_start_chunk",
    "ServiceConfig": ".service_config",
    "ServiceVersion": ".service_version",
    "SourceDocumentChunk": ".source_document_chunk",
    "SourceUrlChunk": ".source_url_chunk",
    "StartChunk": ".start_chunk",
    "StartChunkMessageMetadata": ".start_chunk_message_metadata",
    "StartStepChunk": ".start_step_chunk",
    "TextDeltaChunk": ".text_delta_chunk",
    "TextEndChunk": ".text_end_chunk",
    "TextStartChunk": ".text_start_chunk",
    "ToolInputAvailableChunk": ".tool_input_available_chunk",
    "ToolInputDeltaChunk": ".tool_input_delta_chunk",
    "ToolInputErrorChunk": ".tool_input_error_chunk",
    "ToolInputStartChunk": ".tool_input_start_chunk",
    "ToolOutputAvailableChunk": ".tool_output_available_chunk",
    "ToolOutputErrorChunk": ".tool_output_error_chunk",
    "UIMessageChunk": ".ui_message_chunk",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULE_OF)


__all__ = (
    "AbortChunk",
    "ChatClientTokenRequest",
    "ChatClientUser",
    "ChatMessage",
    "ChatMessagePartsItem",
    "ChatMessageRole",
    "ChatRequest",
    "DataChunk",
    "Error",
    "ErrorChunk",
    "FileChunk",
    "FinishChunk",
    "FinishChunkMessageMetadata",
    "FinishStepChunk",
    "Health",
    "HealthChecks",
    "MessageMetadataChunk",
    "MessageMetadataChunkMessageMetadata",
    "ReasoningDeltaChunk",
    "ReasoningEndChunk",
    "ReasoningStartChunk",
    "ServiceConfig",
    "ServiceVersion",
    "SourceDocumentChunk",
    "SourceUrlChunk",
    "StartChunk",
    "StartChunkMessageMetadata",
    "StartStepChunk",
    "TextDeltaChunk",
    "TextEndChunk",
    "TextStartChunk",
    "ToolInputAvailableChunk",
    "ToolInputDeltaChunk",
    "ToolInputErrorChunk",
    "ToolInputStartChunk",
    "ToolOutputAvailableChunk",
    "ToolOutputErrorChunk",
    "UIMessageChunk",
)
