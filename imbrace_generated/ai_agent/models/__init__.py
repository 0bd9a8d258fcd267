"""Contains all the data models used in inputs/outputs (imported lazily, on first access)"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .abort_chunk import AbortChunk
    from .admin_guide import AdminGuide
    from .admin_guide_list import AdminGuideList
    from .chat_client_app import ChatClientApp
    from .chat_client_token_request import ChatClientTokenRequest
    from .chat_client_token_required import ChatClientTokenRequired
    from .chat_client_user import ChatClientUser
    from .chat_message import ChatMessage
    from .chat_message_part import ChatMessagePart
    from .chat_message_role import ChatMessageRole
    from .chat_request import ChatRequest
    from .classification import Classification
    from .classify_request import ClassifyRequest
    from .client_chat import ClientChat
    from .client_chat_page import ClientChatPage
    from .client_message import ClientMessage
    from .client_message_input import ClientMessageInput
    from .client_message_input_attachments_item import ClientMessageInputAttachmentsItem
    from .client_message_input_parts_item import ClientMessageInputPartsItem
    from .client_message_input_role import ClientMessageInputRole
    from .client_message_list import ClientMessageList
    from .client_message_parts_item import ClientMessagePartsItem
    from .create_client_chat_request import CreateClientChatRequest
    from .create_client_chat_request_selected_visibility_type import CreateClientChatRequestSelectedVisibilityType
    from .create_document_request import CreateDocumentRequest
    from .credentials_check import CredentialsCheck
    from .data_chunk import DataChunk
    from .delete_result import DeleteResult
    from .deleted_chats import DeletedChats
    from .document import Document
    from .document_suggestion import DocumentSuggestion
    from .document_suggestion_list import DocumentSuggestionList
    from .document_with_versions import DocumentWithVersions
    from .embedding_file import EmbeddingFile
    from .embedding_file_options import EmbeddingFileOptions
    from .embedding_file_page import EmbeddingFilePage
    from .embedding_file_page_pagination import EmbeddingFilePagePagination
    from .embedding_preview import EmbeddingPreview
    from .embedding_preview_chunks_item import EmbeddingPreviewChunksItem
    from .embedding_status_update import EmbeddingStatusUpdate
    from .embedding_status_update_status import EmbeddingStatusUpdateStatus
    from .error import Error
    from .error_chunk import ErrorChunk
    from .file_chunk import FileChunk
    from .finish_chunk import FinishChunk
    from .finish_chunk_message_metadata import FinishChunkMessageMetadata
    from .finish_step_chunk import FinishStepChunk
    from .generate_parquet_request import GenerateParquetRequest
    from .generate_parquet_request_data_item import GenerateParquetRequestDataItem
    from .health import Health
    from .health_checks import HealthChecks
    from .message_metadata_chunk import MessageMetadataChunk
    from .message_metadata_chunk_message_metadata import MessageMetadataChunkMessageMetadata
    from .parquet_file import ParquetFile
    from .parquet_file_list import ParquetFileList
    from .persist_client_message_request import PersistClientMessageRequest
    from .persist_client_message_request_attachments_item import PersistClientMessageRequestAttachmentsItem
    from .persist_client_message_request_parts_item import PersistClientMessageRequestPartsItem
    from .persist_client_message_request_role import PersistClientMessageRequestRole
    from .process_embedding_request import ProcessEmbeddingRequest
    from .process_embedding_request_options import ProcessEmbeddingRequestOptions
    from .prompt_suggestions import PromptSuggestions
    from .reasoning_delta_chunk import ReasoningDeltaChunk
    from .reasoning_end_chunk import ReasoningEndChunk
    from .reasoning_start_chunk import ReasoningStartChunk
    from .register_chat_client_request import RegisterChatClientRequest
    from .service_config import ServiceConfig
    from .service_version import ServiceVersion
    from .source_document_chunk import SourceDocumentChunk
    from .source_url_chunk import SourceUrlChunk
    from .span import Span
    from .span_attributes import SpanAttributes
    from .start_chunk import StartChunk
    from .start_chunk_message_metadata import StartChunkMessageMetadata
    from .start_step_chunk import StartStepChunk
    from .stored_message import StoredMessage
    from .sub_agent_chat_request import SubAgentChatRequest
    from .sub_agent_history import SubAgentHistory
    from .suggest_field_types_request import SuggestFieldTypesRequest
    from .suggested_field import SuggestedField
    from .suggested_fields import SuggestedFields
    from .text_delta_chunk import TextDeltaChunk
    from .text_end_chunk import TextEndChunk
    from .text_start_chunk import TextStartChunk
    from .tool_input_available_chunk import ToolInputAvailableChunk
    from .tool_input_delta_chunk import ToolInputDeltaChunk
    from .tool_input_error_chunk import ToolInputErrorChunk
    from .tool_input_start_chunk import ToolInputStartChunk
    from .tool_output_available_chunk import ToolOutputAvailableChunk
    from .tool_output_error_chunk import ToolOutputErrorChunk
    from .trace import Trace
    from .trace_search import TraceSearch
    from .trace_services import TraceServices
    from .trace_summary import TraceSummary
    from .trace_tag_values import TraceTagValues
    from .trace_tags import TraceTags
    from .ui_message_chunk import UIMessageChunk
    from .update_client_chat_request import UpdateClientChatRequest
    from .update_client_chat_request_visibility import UpdateClientChatRequestVisibility
    from .update_vote_request import UpdateVoteRequest
    from .update_vote_request_vote import UpdateVoteRequestVote
    from .vote import Vote
    from .vote_list import VoteList

_MODULE_OF: dict[str, str] = {
    "AbortChunk": ".abort_chunk",
    "AdminGuide": ".admin_guide",
    "AdminGuideList": ".admin_guide_list",
    "ChatClientApp": ".chat_client_app",
    "ChatClientTokenRequest": ".chat_client_token_request",
    "ChatClientTokenRequired": ".chat_client_token_required",
    "ChatClientUser": ".chat_client_user",
    "ChatMessage": ".chat_message",
    "ChatMessagePart": ".chat_message_part",
    "ChatMessageRole": ".chat_message_role",
    "ChatRequest": ".chat_request",
    "Classification": ".classification",
    "ClassifyRequest": ".classify_request",
    "ClientChat": ".client_chat",
    "ClientChatPage": ".client_chat_page",
    "ClientMessage": ".client_message",
    "ClientMessageInput": ".client_message_input",
    "ClientMessageInputAttachmentsItem": ".client_message_input_attachments_item",
    "ClientMessageInputPartsItem": ".client_message_input_parts_item",
    "ClientMessageInputRole": ".client_message_input_role",
    "ClientMessageList": ".client_message_list",
    "ClientMessagePartsItem": ".client_message_parts_item",
    "CreateClientChatRequest": ".create_client_chat_request",
    "CreateClientChatRequestSelectedVisibilityType": ".create_client_chat_request_selected_visibility_type",
    "CreateDocumentRequest": ".create_document_request",
    "CredentialsCheck": ".credentials_check",
    "DataChunk": ".data_chunk",
    "DeleteResult": ".delete_result",
    "DeletedChats": ".deleted_chats",
    "Document": ".document",
    "DocumentSuggestion": ".document_suggestion",
    "DocumentSuggestionList": ".document_suggestion_list",
    "DocumentWithVersions": ".document_with_versions",
    "EmbeddingFile": ".embedding_file",
    "EmbeddingFileOptions": ".embedding_file_options",
    "EmbeddingFilePage": ".embedding_file_page",
    "EmbeddingFilePagePagination": ".embedding_file_page_pagination",
    "EmbeddingPreview": ".embedding_preview",
    "EmbeddingPreviewChunksItem": ".embedding_preview_chunks_item",
    "EmbeddingStatusUpdate": ".embedding_status_update",
    "EmbeddingStatusUpdateStatus": ".embedding_status_update_status",
    "Error": ".error",
    "ErrorChunk": ".error_chunk",
    "FileChunk": ".file_chunk",
    "FinishChunk": ".finish_chunk",
    "FinishChunkMessageMetadata": ".finish_chunk_message_metadata",
    "FinishStepChunk": ".finish_step_chunk",
    "GenerateParquetRequest": ".generate_parquet_request",
    "GenerateParquetRequestDataItem": ".generate_parquet_request_data_item",
    "Health": ".health",
    "HealthChecks": ".health_checks",
    "MessageMetadataChunk": ".message_metadata_chunk",
    "MessageMetadataChunkMessageMetadata": ".message_metadata_chunk_message_metadata",
    "ParquetFile": ".parquet_file",
    "ParquetFileList": ".parquet_file_list",
    "PersistClientMessageRequest": ".persist_client_message_request",
    "PersistClientMessageRequestAttachmentsItem": ".persist_client_message_request_attachments_item",
    "PersistClientMessageRequestPartsItem": ".persist_client_message_request_parts_item",
    "PersistClientMessageRequestRole": ".persist_client_message_request_role",
    "ProcessEmbeddingRequest": ".process_embedding_request",
    "ProcessEmbeddingRequestOptions": ".process_embedding_request_options",
    "PromptSuggestions": ".prompt_suggestions",
    "ReasoningDeltaChunk": ".reasoning_delta_chunk",
    "ReasoningEndChunk": ".reasoning_end_chunk",
    "ReasoningStartChunk": ".reasoning_start_chunk",
    "RegisterChatClientRequest": ".register_chat_client_request",
    "ServiceConfig": ".service_config",
    "ServiceVersion": ".service_version",
    "SourceDocumentChunk": ".source_document_chunk",
    "SourceUrlChunk": ".source_url_chunk",
    "Span": ".span",
    "SpanAttributes": ".span_attributes",
    "StartChunk": ".start_chunk",
    "StartChunkMessageMetadata": ".start_chunk_message_metadata",
    "StartStepChunk": ".start_step_chunk",
    "StoredMessage": ".stored_message",
    "SubAgentChatRequest": ".sub_agent_chat_request",
    "SubAgentHistory": ".sub_agent_history",
    "SuggestFieldTypesRequest": ".suggest_field_types_request",
    "SuggestedField": ".suggested_field",
    "SuggestedFields": ".suggested_fields",
    "TextDeltaChunk": ".text_delta_chunk",
    "TextEndChunk": ".text_end_chunk",
    "TextStartChunk": ".text_start_chunk",
    "ToolInputAvailableChunk": ".tool_input_available_chunk",
    "ToolInputDeltaChunk": ".tool_input_delta_chunk",
    "ToolInputErrorChunk": ".tool_input_error_chunk",
    "ToolInputStartChunk": ".tool_input_start_chunk",
    "ToolOutputAvailableChunk": ".tool_output_available_chunk",
    "ToolOutputErrorChunk": ".tool_output_error_chunk",
    "Trace": ".trace",
    "TraceSearch": ".trace_search",
    "TraceServices": ".trace_services",
    "TraceSummary": ".trace_summary",
    "TraceTagValues": ".trace_tag_values",
    "TraceTags": ".trace_tags",
    "UIMessageChunk": ".ui_message_chunk",
    "UpdateClientChatRequest": ".update_client_chat_request",
    "UpdateClientChatRequestVisibility": ".update_client_chat_request_visibility",
    "UpdateVoteRequest": ".update_vote_request",
    "UpdateVoteRequestVote": ".update_vote_request_vote",
    "Vote": ".vote",
    "VoteList": ".vote_list",
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
    "AdminGuide",
    "AdminGuideList",
    "ChatClientApp",
    "ChatClientTokenRequest",
    "ChatClientTokenRequired",
    "ChatClientUser",
    "ChatMessage",
    "ChatMessagePart",
    "ChatMessageRole",
    "ChatRequest",
    "Classification",
    "ClassifyRequest",
    "ClientChat",
    "ClientChatPage",
    "ClientMessage",
    "ClientMessageInput",
    "ClientMessageInputAttachmentsItem",
    "ClientMessageInputPartsItem",
    "ClientMessageInputRole",
    "ClientMessageList",
    "ClientMessagePartsItem",
    "CreateClientChatRequest",
    "CreateClientChatRequestSelectedVisibilityType",
    "CreateDocumentRequest",
    "CredentialsCheck",
    "DataChunk",
    "DeletedChats",
    "DeleteResult",
    "Document",
    "DocumentSuggestion",
    "DocumentSuggestionList",
    "DocumentWithVersions",
    "EmbeddingFile",
    "EmbeddingFileOptions",
    "EmbeddingFilePage",
    "EmbeddingFilePagePagination",
    "EmbeddingPreview",
    "EmbeddingPreviewChunksItem",
    "EmbeddingStatusUpdate",
    "EmbeddingStatusUpdateStatus",
    "Error",
    "ErrorChunk",
    "FileChunk",
    "FinishChunk",
    "FinishChunkMessageMetadata",
    "FinishStepChunk",
    "GenerateParquetRequest",
    "GenerateParquetRequestDataItem",
    "Health",
    "HealthChecks",
    "MessageMetadataChunk",
    "MessageMetadataChunkMessageMetadata",
    "ParquetFile",
    "ParquetFileList",
    "PersistClientMessageRequest",
    "PersistClientMessageRequestAttachmentsItem",
    "PersistClientMessageRequestPartsItem",
    "PersistClientMessageRequestRole",
    "ProcessEmbeddingRequest",
    "ProcessEmbeddingRequestOptions",
    "PromptSuggestions",
    "ReasoningDeltaChunk",
    "ReasoningEndChunk",
    "ReasoningStartChunk",
    "RegisterChatClientRequest",
    "ServiceConfig",
    "ServiceVersion",
    "SourceDocumentChunk",
    "SourceUrlChunk",
    "Span",
    "SpanAttributes",
    "StartChunk",
    "StartChunkMessageMetadata",
    "StartStepChunk",
    "StoredMessage",
    "SubAgentChatRequest",
    "SubAgentHistory",
    "SuggestedField",
    "SuggestedFields",
    "SuggestFieldTypesRequest",
    "TextDeltaChunk",
    "TextEndChunk",
    "TextStartChunk",
    "ToolInputAvailableChunk",
    "ToolInputDeltaChunk",
    "ToolInputErrorChunk",
    "ToolInputStartChunk",
    "ToolOutputAvailableChunk",
    "ToolOutputErrorChunk",
    "Trace",
    "TraceSearch",
    "TraceServices",
    "TraceSummary",
    "TraceTags",
    "TraceTagValues",
    "UIMessageChunk",
    "UpdateClientChatRequest",
    "UpdateClientChatRequestVisibility",
    "UpdateVoteRequest",
    "UpdateVoteRequestVote",
    "Vote",
    "VoteList",
)
