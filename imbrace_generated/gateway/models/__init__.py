"""Contains all the data models used in inputs/outputs (imported lazily, on first access)"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_data import AccountData
    from .board import Board
    from .board_create import BoardCreate
    from .board_create_fields_item import BoardCreateFieldsItem
    from .board_envelope import BoardEnvelope
    from .board_field import BoardField
    from .board_item import BoardItem
    from .board_item_envelope import BoardItemEnvelope
    from .board_item_fields_item import BoardItemFieldsItem
    from .board_item_list_envelope import BoardItemListEnvelope
    from .board_list_envelope import BoardListEnvelope
    from .board_update import BoardUpdate
    from .delete_result import DeleteResult
    from .delete_result_envelope import DeleteResultEnvelope
    from .error import Error
    from .field_create import FieldCreate
    from .file_create import FileCreate
    from .file_upload import FileUpload
    from .flow import Flow
    from .flow_create import FlowCreate
    from .flow_operation import FlowOperation
    from .flow_operation_request import FlowOperationRequest
    from .flow_operation_type import FlowOperationType
    from .flow_page import FlowPage
    from .flow_run import FlowRun
    from .flow_run_page import FlowRunPage
    from .flow_status import FlowStatus
    from .flow_version import FlowVersion
    from .flow_version_state import FlowVersionState
    from .flow_version_trigger import FlowVersionTrigger
    from .folder import Folder
    from .folder_contents import FolderContents
    from .folder_contents_envelope import FolderContentsEnvelope
    from .folder_create import FolderCreate
    from .folder_envelope import FolderEnvelope
    from .folder_list_envelope import FolderListEnvelope
    from .folder_update import FolderUpdate
    from .id_list import IdList
    from .item_create import ItemCreate
    from .item_field_value import ItemFieldValue
    from .item_search import ItemSearch
    from .item_update import ItemUpdate
    from .item_update_data_item import ItemUpdateDataItem
    from .knowledge_file import KnowledgeFile
    from .knowledge_file_envelope import KnowledgeFileEnvelope
    from .knowledge_file_list_envelope import KnowledgeFileListEnvelope
    from .list_flows_status import ListFlowsStatus
    from .llm_model import LlmModel
    from .llm_model_list import LlmModelList
    from .trigger_flow_body import TriggerFlowBody
    from .trigger_flow_sync_body import TriggerFlowSyncBody

_MODULE_OF: dict[str, str] = {
    "Account": ".account",
    "AccountData": ".account_data",
    "Board": ".board",
    "BoardCreate": ".board_create",
    "BoardCreateFieldsItem": ".board_create_fields_item",
    "BoardEnvelope": ".board_envelope",
    "BoardField": ".board_field",
    "BoardItem": ".board_item",
    "BoardItemEnvelope": ".board_item_envelope",
    "BoardItemFieldsItem": ".board_item_fields_item",
    "BoardItemListEnvelope": ".board_item_list_envelope",
    "BoardListEnvelope": ".board_list_envelope",
    "BoardUpdate": ".board_update",
    "DeleteResult": ".delete_result",
    "DeleteResultEnvelope": ".delete_result_envelope",
    "Error": ".error",
    "FieldCreate": ".field_create",
    "FileCreate": ".file_create",
    "FileUpload": ".file_upload",
    "Flow": ".flow",
    "FlowCreate": ".flow_create",
    "FlowOperation": ".flow_operation",
    "FlowOperationRequest": ".flow_operation_request",
    "FlowOperationType": ".flow_operation_type",
    "FlowPage": ".flow_page",
    "FlowRun": ".flow_run",
    "FlowRunPage": ".flow_run_page",
    "FlowStatus": ".flow_status",
    "FlowVersion": ".flow_version",
    "FlowVersionState": ".flow_version_state",
    "FlowVersionTrigger": ".flow_version_trigger",
    "Folder": ".folder",
    "FolderContents": ".folder_contents",
    "FolderContentsEnvelope": ".folder_contents_envelope",
    "FolderCreate": ".folder_create",
    "FolderEnvelope": ".folder_envelope",
    "FolderListEnvelope": ".folder_list_envelope",
    "FolderUpdate": ".folder_update",
    "IdList": ".id_list",
    "ItemCreate": ".item_create",
    "ItemFieldValue": ".item_field_value",
    "ItemSearch": ".item_search",
    "ItemUpdate": ".item_update",
    "ItemUpdateDataItem": ".item_update_data_item",
    "KnowledgeFile": ".knowledge_file",
    "KnowledgeFileEnvelope": ".knowledge_file_envelope",
    "KnowledgeFileListEnvelope": ".knowledge_file_list_envelope",
    "ListFlowsStatus": ".list_flows_status",
    "LlmModel": ".llm_model",
    "LlmModelList": ".llm_model_list",
    "TriggerFlowBody": ".trigger_flow_body",
    "TriggerFlowSyncBody": ".trigger_flow_sync_body",
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
    "Account",
    "AccountData",
    "Board",
    "BoardCreate",
    "BoardCreateFieldsItem",
    "BoardEnvelope",
    "BoardField",
    "BoardItem",
    "BoardItemEnvelope",
    "BoardItemFieldsItem",
    "BoardItemListEnvelope",
    "BoardListEnvelope",
    "BoardUpdate",
    "DeleteResult",
    "DeleteResultEnvelope",
    "Error",
    "FieldCreate",
    "FileCreate",
    "FileUpload",
    "Flow",
    "FlowCreate",
    "FlowOperation",
    "FlowOperationRequest",
    "FlowOperationType",
    "FlowPage",
    "FlowRun",
    "FlowRunPage",
    "FlowStatus",
    "FlowVersion",
    "FlowVersionState",
    "FlowVersionTrigger",
    "Folder",
    "FolderContents",
    "FolderContentsEnvelope",
    "FolderCreate",
    "FolderEnvelope",
    "FolderListEnvelope",
    "FolderUpdate",
    "IdList",
    "ItemCreate",
    "ItemFieldValue",
    "ItemSearch",
    "ItemUpdate",
    "ItemUpdateDataItem",
    "KnowledgeFile",
    "KnowledgeFileEnvelope",
    "KnowledgeFileListEnvelope",
    "ListFlowsStatus",
    "LlmModel",
    "LlmModelList",
    "TriggerFlowBody",
    "TriggerFlowSyncBody",
)
