"""Contains all the data models used in inputs/outputs (imported lazily, on first access)"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .agent import Agent
    from .agent_file_upload import AgentFileUpload
    from .agent_list import AgentList
    from .agent_metadata import AgentMetadata
    from .agent_workflow import AgentWorkflow
    from .agent_write import AgentWrite
    from .agent_write_metadata import AgentWriteMetadata
    from .agent_write_workflow import AgentWriteWorkflow
    from .completion import Completion
    from .completion_choice import CompletionChoice
    from .completion_choice_message import CompletionChoiceMessage
    from .completion_choice_message_role import CompletionChoiceMessageRole
    from .completion_choice_message_tool_calls_item import CompletionChoiceMessageToolCallsItem
    from .completion_chunk import CompletionChunk
    from .completion_chunk_choice import CompletionChunkChoice
    from .completion_delta import CompletionDelta
    from .completion_delta_role import CompletionDeltaRole
    from .completion_delta_tool_calls_item import CompletionDeltaToolCallsItem
    from .completion_input import CompletionInput
    from .completion_input_metadata import CompletionInputMetadata
    from .completion_message import CompletionMessage
    from .completion_message_role import CompletionMessageRole
    from .completion_message_tool_calls_item import CompletionMessageToolCallsItem
    from .completion_usage import CompletionUsage
    from .embedding import Embedding
    from .embedding_input import EmbeddingInput
    from .embedding_list import EmbeddingList
    from .error import Error
    from .extracted_file import ExtractedFile
    from .file_upload import FileUpload
    from .guardrail import Guardrail
    from .guardrail_list import GuardrailList
    from .guardrail_provider import GuardrailProvider
    from .guardrail_provider_config import GuardrailProviderConfig
    from .guardrail_provider_create import GuardrailProviderCreate
    from .guardrail_provider_create_config import GuardrailProviderCreateConfig
    from .guardrail_provider_list import GuardrailProviderList
    from .guardrail_provider_models import GuardrailProviderModels
    from .guardrail_provider_test import GuardrailProviderTest
    from .guardrail_provider_test_result import GuardrailProviderTestResult
    from .guardrail_provider_test_result_result import GuardrailProviderTestResultResult
    from .guardrail_provider_update import GuardrailProviderUpdate
    from .guardrail_provider_update_config import GuardrailProviderUpdateConfig
    from .guardrail_update import GuardrailUpdate
    from .guardrail_write import GuardrailWrite
    from .instructions_patch import InstructionsPatch
    from .llm_model import LlmModel
    from .llm_model_list import LlmModelList
    from .name_check import NameCheck
    from .provider import Provider
    from .provider_create import ProviderCreate
    from .provider_update import ProviderUpdate
    from .rag_file import RagFile
    from .rag_file_list import RagFileList
    from .tool_server_verification import ToolServerVerification
    from .tool_server_verification_tools_item import ToolServerVerificationToolsItem
    from .tool_server_verify import ToolServerVerify
    from .uploaded_file import UploadedFile
    from .workflow_function_call import WorkflowFunctionCall
    from .workflow_update import WorkflowUpdate
    from .workflow_update_workflow import WorkflowUpdateWorkflow

_MODULE_OF: dict[str, str] = {
    "Agent": ".agent",
    "AgentFileUpload": ".agent_file_upload",
    "AgentList": ".agent_list",
    "AgentMetadata": ".agent_metadata",
    "AgentWorkflow": ".agent_workflow",
    "AgentWrite": ".agent_write",
    "AgentWriteMetadata": ".agent_write_metadata",
    "AgentWriteWorkflow": ".agent_write_workflow",
    "Completion": ".completion",
    "CompletionChoice": ".completion_choice",
    "CompletionChoiceMessage": ".completion_choice_message",
    "CompletionChoiceMessageRole": ".completion_choice_message_role",
    "CompletionChoiceMessageToolCallsItem": ".completion_choice_message_tool_calls_item",
    "CompletionChunk": ".completion_chunk",
    "CompletionChunkChoice": ".completion_chunk_choice",
    "CompletionDelta": ".completion_delta",
    "CompletionDeltaRole": ".completion_delta_role",
    "CompletionDeltaToolCallsItem": ".completion_delta_tool_calls_item",
    "CompletionInput": ".completion_input",
    "CompletionInputMetadata": ".completion_input_metadata",
    "CompletionMessage": ".completion_message",
    "CompletionMessageRole": ".completion_message_role",
    "CompletionMessageToolCallsItem": ".completion_message_tool_calls_item",
    "CompletionUsage": ".completion_usage",
    "Embedding": ".embedding",
    "EmbeddingInput": ".embedding_input",
    "EmbeddingList": ".embedding_list",
    "Error": ".error",
    "ExtractedFile": ".extracted_file",
    "FileUpload": ".file_upload",
    "Guardrail": ".guardrail",
    "GuardrailList": ".guardrail_list",
    "GuardrailProvider": ".guardrail_provider",
    "GuardrailProviderConfig": ".guardrail_provider_config",
    "GuardrailProviderCreate": ".guardrail_provider_create",
    "GuardrailProviderCreateConfig": ".guardrail_provider_create_config",
    "GuardrailProviderList": ".guardrail_provider_list",
    "GuardrailProviderModels": ".guardrail_provider_models",
    "GuardrailProviderTest": ".guardrail_provider_test",
    "GuardrailProviderTestResult": ".guardrail_provider_test_result",
    "GuardrailProviderTestResultResult": ".guardrail_provider_test_result_result",
    "GuardrailProviderUpdate": ".guardrail_provider_update",
    "GuardrailProviderUpdateConfig": ".guardrail_provider_update_config",
    "GuardrailUpdate": ".guardrail_update",
    "GuardrailWrite": ".guardrail_write",
    "InstructionsPatch": ".instructions_patch",
    "LlmModel": ".llm_model",
    "LlmModelList": ".llm_model_list",
    "NameCheck": ".name_check",
    "Provider": ".provider",
    "ProviderCreate": ".provider_create",
    "ProviderUpdate": ".provider_update",
    "RagFile": ".rag_file",
    "RagFileList": ".rag_file_list",
    "ToolServerVerification": ".tool_server_verification",
    "ToolServerVerificationToolsItem": ".tool_server_verification_tools_item",
    "ToolServerVerify": ".tool_server_verify",
    "UploadedFile": ".uploaded_file",
    "WorkflowFunctionCall": ".workflow_function_call",
    "WorkflowUpdate": ".workflow_update",
    "WorkflowUpdateWorkflow": ".workflow_update_workflow",
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
    "Agent",
    "AgentFileUpload",
    "AgentList",
    "AgentMetadata",
    "AgentWorkflow",
    "AgentWrite",
    "AgentWriteMetadata",
    "AgentWriteWorkflow",
    "Completion",
    "CompletionChoice",
    "CompletionChoiceMessage",
    "CompletionChoiceMessageRole",
    "CompletionChoiceMessageToolCallsItem",
    "CompletionChunk",
    "CompletionChunkChoice",
    "CompletionDelta",
    "CompletionDeltaRole",
    "CompletionDeltaToolCallsItem",
    "CompletionInput",
    "CompletionInputMetadata",
    "CompletionMessage",
    "CompletionMessageRole",
    "CompletionMessageToolCallsItem",
    "CompletionUsage",
    "Embedding",
    "EmbeddingInput",
    "EmbeddingList",
    "Error",
    "ExtractedFile",
    "FileUpload",
    "Guardrail",
    "GuardrailList",
    "GuardrailProvider",
    "GuardrailProviderConfig",
    "GuardrailProviderCreate",
    "GuardrailProviderCreateConfig",
    "GuardrailProviderList",
    "GuardrailProviderModels",
    "GuardrailProviderTest",
    "GuardrailProviderTestResult",
    "GuardrailProviderTestResultResult",
    "GuardrailProviderUpdate",
    "GuardrailProviderUpdateConfig",
    "GuardrailUpdate",
    "GuardrailWrite",
    "InstructionsPatch",
    "LlmModel",
    "LlmModelList",
    "NameCheck",
    "Provider",
    "ProviderCreate",
    "ProviderUpdate",
    "RagFile",
    "RagFileList",
    "ToolServerVerification",
    "ToolServerVerificationToolsItem",
    "ToolServerVerify",
    "UploadedFile",
    "WorkflowFunctionCall",
    "WorkflowUpdate",
    "WorkflowUpdateWorkflow",
)
