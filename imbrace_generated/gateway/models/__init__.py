"""Contains all the data models used in inputs/outputs (imported lazily, on first access)"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_token_result import AccessTokenResult
    from .account import Account
    from .account_data import AccountData
    from .account_update import AccountUpdate
    from .agent import Agent
    from .agent_file_upload import AgentFileUpload
    from .agent_list import AgentList
    from .agent_metadata import AgentMetadata
    from .agent_replace import AgentReplace
    from .agent_replace_metadata import AgentReplaceMetadata
    from .agent_replace_workflow import AgentReplaceWorkflow
    from .agent_workflow import AgentWorkflow
    from .agent_write import AgentWrite
    from .agent_write_metadata import AgentWriteMetadata
    from .agent_write_workflow import AgentWriteWorkflow
    from .api_key import ApiKey
    from .api_key_envelope import ApiKeyEnvelope
    from .audit_log_entry import AuditLogEntry
    from .audit_log_entry_after import AuditLogEntryAfter
    from .audit_log_entry_before import AuditLogEntryBefore
    from .audit_log_envelope import AuditLogEnvelope
    from .audit_log_page import AuditLogPage
    from .audit_log_pagination import AuditLogPagination
    from .audit_log_summary import AuditLogSummary
    from .audit_log_summary_by_action import AuditLogSummaryByAction
    from .audit_log_summary_by_resource import AuditLogSummaryByResource
    from .audit_log_summary_by_user import AuditLogSummaryByUser
    from .audit_log_summary_envelope import AuditLogSummaryEnvelope
    from .audit_revert import AuditRevert
    from .audit_revert_envelope import AuditRevertEnvelope
    from .auth_message import AuthMessage
    from .authenticate import Authenticate
    from .aws_marketplace_customer import AwsMarketplaceCustomer
    from .aws_marketplace_registration import AwsMarketplaceRegistration
    from .aws_organization_create import AwsOrganizationCreate
    from .azure_groups import AzureGroups
    from .azure_groups_groups_item import AzureGroupsGroupsItem
    from .board import Board
    from .board_create import BoardCreate
    from .board_create_fields_item import BoardCreateFieldsItem
    from .board_envelope import BoardEnvelope
    from .board_field import BoardField
    from .board_file_upload import BoardFileUpload
    from .board_item import BoardItem
    from .board_item_envelope import BoardItemEnvelope
    from .board_item_fields_item import BoardItemFieldsItem
    from .board_item_list_envelope import BoardItemListEnvelope
    from .board_list_envelope import BoardListEnvelope
    from .board_update import BoardUpdate
    from .bulk_invite import BulkInvite
    from .business_unit import BusinessUnit
    from .business_unit_create import BusinessUnitCreate
    from .business_unit_list import BusinessUnitList
    from .business_unit_update import BusinessUnitUpdate
    from .campaign import Campaign
    from .campaign_create import CampaignCreate
    from .campaign_list import CampaignList
    from .category import Category
    from .category_create import CategoryCreate
    from .category_list import CategoryList
    from .category_update import CategoryUpdate
    from .channel import Channel
    from .channel_config import ChannelConfig
    from .channel_contact import ChannelContact
    from .channel_contact_reply import ChannelContactReply
    from .channel_contact_update import ChannelContactUpdate
    from .channel_count import ChannelCount
    from .channel_count_by_type import ChannelCountByType
    from .channel_create import ChannelCreate
    from .channel_create_config import ChannelCreateConfig
    from .channel_credential import ChannelCredential
    from .channel_credential_envelope import ChannelCredentialEnvelope
    from .channel_credential_update import ChannelCredentialUpdate
    from .channel_credential_update_credentials import ChannelCredentialUpdateCredentials
    from .channel_email_create import ChannelEmailCreate
    from .channel_email_create_config import ChannelEmailCreateConfig
    from .channel_envelope import ChannelEnvelope
    from .channel_facebook_create import ChannelFacebookCreate
    from .channel_facebook_create_config import ChannelFacebookCreateConfig
    from .channel_facebook_page import ChannelFacebookPage
    from .channel_list import ChannelList
    from .channel_named_create import ChannelNamedCreate
    from .channel_named_create_config import ChannelNamedCreateConfig
    from .channel_observer import ChannelObserver
    from .channel_observer_list import ChannelObserverList
    from .channel_page_info import ChannelPageInfo
    from .channel_replace import ChannelReplace
    from .channel_replace_config import ChannelReplaceConfig
    from .channel_side_update import ChannelSideUpdate
    from .channel_side_update_config import ChannelSideUpdateConfig
    from .channel_team import ChannelTeam
    from .channel_team_list import ChannelTeamList
    from .channel_type import ChannelType
    from .channel_typed_create import ChannelTypedCreate
    from .channel_typed_create_config import ChannelTypedCreateConfig
    from .channel_update import ChannelUpdate
    from .channel_update_config import ChannelUpdateConfig
    from .channel_whatsapp_create import ChannelWhatsappCreate
    from .channel_whatsapp_create_config import ChannelWhatsappCreateConfig
    from .channel_workflow_link import ChannelWorkflowLink
    from .channel_workflow_link_envelope import ChannelWorkflowLinkEnvelope
    from .channel_workflow_link_write import ChannelWorkflowLinkWrite
    from .completion import Completion
    from .completion_choice import CompletionChoice
    from .completion_choice_message import CompletionChoiceMessage
    from .completion_choice_message_role import CompletionChoiceMessageRole
    from .completion_chunk import CompletionChunk
    from .completion_chunk_choice import CompletionChunkChoice
    from .completion_delta import CompletionDelta
    from .completion_delta_role import CompletionDeltaRole
    from .completion_function import CompletionFunction
    from .completion_function_parameters import CompletionFunctionParameters
    from .completion_input import CompletionInput
    from .completion_input_logit_bias import CompletionInputLogitBias
    from .completion_input_metadata import CompletionInputMetadata
    from .completion_input_response_format import CompletionInputResponseFormat
    from .completion_input_response_format_json_schema import CompletionInputResponseFormatJsonSchema
    from .completion_input_response_format_type import CompletionInputResponseFormatType
    from .completion_input_stream_options import CompletionInputStreamOptions
    from .completion_input_tool_choice_type_0 import CompletionInputToolChoiceType0
    from .completion_message import CompletionMessage
    from .completion_message_role import CompletionMessageRole
    from .completion_message_tool_calls_item import CompletionMessageToolCallsItem
    from .completion_named_tool_choice import CompletionNamedToolChoice
    from .completion_named_tool_choice_function import CompletionNamedToolChoiceFunction
    from .completion_named_tool_choice_type import CompletionNamedToolChoiceType
    from .completion_tool import CompletionTool
    from .completion_tool_call import CompletionToolCall
    from .completion_tool_call_delta import CompletionToolCallDelta
    from .completion_tool_call_function import CompletionToolCallFunction
    from .completion_tool_type import CompletionToolType
    from .completion_usage import CompletionUsage
    from .contact_activity import ContactActivity
    from .contact_activity_list import ContactActivityList
    from .contact_comment import ContactComment
    from .contact_comment_list import ContactCommentList
    from .contact_comment_reply import ContactCommentReply
    from .contact_conversation import ContactConversation
    from .contact_conversation_list import ContactConversationList
    from .contact_create import ContactCreate
    from .contact_file import ContactFile
    from .contact_file_list import ContactFileList
    from .contact_file_upload import ContactFileUpload
    from .contact_list import ContactList
    from .contact_notification import ContactNotification
    from .contact_notification_ids import ContactNotificationIds
    from .contact_notification_list import ContactNotificationList
    from .contact_notification_result import ContactNotificationResult
    from .contact_search import ContactSearch
    from .contact_upload_result import ContactUploadResult
    from .conversation import Conversation
    from .conversation_assign import ConversationAssign
    from .conversation_create import ConversationCreate
    from .conversation_list import ConversationList
    from .conversation_member_remove import ConversationMemberRemove
    from .conversation_ref import ConversationRef
    from .conversation_rename import ConversationRename
    from .conversation_status import ConversationStatus
    from .conversation_status_update import ConversationStatusUpdate
    from .conversation_user import ConversationUser
    from .conversation_video_call import ConversationVideoCall
    from .conversation_view import ConversationView
    from .conversation_views_count import ConversationViewsCount
    from .conversation_views_count_reply import ConversationViewsCountReply
    from .conversation_views_count_statuses import ConversationViewsCountStatuses
    from .credential import Credential
    from .credential_list import CredentialList
    from .credential_param import CredentialParam
    from .credential_param_params_item import CredentialParamParamsItem
    from .credential_type import CredentialType
    from .credential_type_groups import CredentialTypeGroups
    from .delete_result import DeleteResult
    from .delete_result_envelope import DeleteResultEnvelope
    from .effective_permissions import EffectivePermissions
    from .email_identity import EmailIdentity
    from .email_only import EmailOnly
    from .embedding import Embedding
    from .embedding_input import EmbeddingInput
    from .embedding_input_encoding_format import EmbeddingInputEncodingFormat
    from .embedding_list import EmbeddingList
    from .error import Error
    from .extracted_file import ExtractedFile
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
    from .gateway_health import GatewayHealth
    from .get_conversation_message_action import GetConversationMessageAction
    from .get_views_count_v2_type import GetViewsCountV2Type
    from .google_identity import GoogleIdentity
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
    from .id_list import IdList
    from .identity_sign_in import IdentitySignIn
    from .init_channel import InitChannel
    from .instructions_patch import InstructionsPatch
    from .invited_user import InvitedUser
    from .item_create import ItemCreate
    from .item_field_value import ItemFieldValue
    from .item_search import ItemSearch
    from .item_update import ItemUpdate
    from .item_update_data_item import ItemUpdateDataItem
    from .knowledge_file import KnowledgeFile
    from .knowledge_file_envelope import KnowledgeFileEnvelope
    from .knowledge_file_list_envelope import KnowledgeFileListEnvelope
    from .license_ import License
    from .license_activate import LicenseActivate
    from .license_status import LicenseStatus
    from .list_audit_logs_imports import ListAuditLogsImports
    from .list_channels_type import ListChannelsType
    from .list_flows_status import ListFlowsStatus
    from .list_invitable_users_type import ListInvitableUsersType
    from .list_role_permissions_scope import ListRolePermissionsScope
    from .list_roles_scope import ListRolesScope
    from .list_team_users_type import ListTeamUsersType
    from .list_team_users_v2_type import ListTeamUsersV2Type
    from .list_teams_type import ListTeamsType
    from .llm_model import LlmModel
    from .llm_model_list import LlmModelList
    from .login_organization import LoginOrganization
    from .login_providers import LoginProviders
    from .login_providers_providers_item import LoginProvidersProvidersItem
    from .login_result import LoginResult
    from .message import Message
    from .message_comment import MessageComment
    from .message_comment_write import MessageCommentWrite
    from .message_file import MessageFile
    from .message_index import MessageIndex
    from .message_list import MessageList
    from .message_suggestion_result import MessageSuggestionResult
    from .message_template import MessageTemplate
    from .message_template_create import MessageTemplateCreate
    from .message_template_envelope import MessageTemplateEnvelope
    from .message_template_list import MessageTemplateList
    from .message_template_update import MessageTemplateUpdate
    from .message_type import MessageType
    from .name_check import NameCheck
    from .oidc_role_mapping import OidcRoleMapping
    from .oidc_role_mapping_bulk import OidcRoleMappingBulk
    from .oidc_role_mapping_input import OidcRoleMappingInput
    from .organization import Organization
    from .organization_choice import OrganizationChoice
    from .organization_create import OrganizationCreate
    from .organization_create_metadata import OrganizationCreateMetadata
    from .organization_list import OrganizationList
    from .organization_update import OrganizationUpdate
    from .organization_update_metadata import OrganizationUpdateMetadata
    from .otp_sign_in import OtpSignIn
    from .outbound import Outbound
    from .outbound_email import OutboundEmail
    from .outbound_envelope import OutboundEnvelope
    from .outbound_whatsapp import OutboundWhatsapp
    from .password_reset import PasswordReset
    from .password_sign_in import PasswordSignIn
    from .permission_catalogue import PermissionCatalogue
    from .permission_group import PermissionGroup
    from .predict_request import PredictRequest
    from .predict_request_input import PredictRequestInput
    from .predict_result import PredictResult
    from .provider import Provider
    from .provider_create import ProviderCreate
    from .provider_update import ProviderUpdate
    from .rag_file import RagFile
    from .rag_file_list import RagFileList
    from .role import Role
    from .role_assign import RoleAssign
    from .role_assign_many import RoleAssignMany
    from .role_assign_many_reply import RoleAssignManyReply
    from .role_counts import RoleCounts
    from .role_create import RoleCreate
    from .role_create_scope import RoleCreateScope
    from .role_list import RoleList
    from .role_scope import RoleScope
    from .role_update import RoleUpdate
    from .search_conversations_type import SearchConversationsType
    from .sign_up import SignUp
    from .sign_up_result import SignUpResult
    from .sign_up_verification import SignUpVerification
    from .sso_sign_in import SsoSignIn
    from .team import Team
    from .team_create import TeamCreate
    from .team_icon_upload import TeamIconUpload
    from .team_join_request import TeamJoinRequest
    from .team_label import TeamLabel
    from .team_label_list import TeamLabelList
    from .team_list import TeamList
    from .team_membership_body import TeamMembershipBody
    from .team_update import TeamUpdate
    from .team_user import TeamUser
    from .team_user_list import TeamUserList
    from .team_user_role import TeamUserRole
    from .team_user_role_update import TeamUserRoleUpdate
    from .team_users_add import TeamUsersAdd
    from .team_users_remove import TeamUsersRemove
    from .third_party_token_request import ThirdPartyTokenRequest
    from .token_exchange import TokenExchange
    from .tool_server_verification import ToolServerVerification
    from .tool_server_verification_tools_item import ToolServerVerificationToolsItem
    from .tool_server_verify import ToolServerVerify
    from .touchpoint import Touchpoint
    from .touchpoint_list import TouchpointList
    from .touchpoint_validate import TouchpointValidate
    from .touchpoint_validation import TouchpointValidation
    from .touchpoint_write import TouchpointWrite
    from .trigger_flow_body import TriggerFlowBody
    from .trigger_flow_sync_body import TriggerFlowSyncBody
    from .uploaded_file import UploadedFile
    from .uploaded_image import UploadedImage
    from .uploaded_photo import UploadedPhoto
    from .user import User
    from .user_id_body import UserIdBody
    from .user_list import UserList
    from .user_update import UserUpdate
    from .web_channel import WebChannel
    from .web_channel_reply import WebChannelReply
    from .whatsapp_template import WhatsappTemplate
    from .whatsapp_template_components_item import WhatsappTemplateComponentsItem
    from .whatsapp_template_list import WhatsappTemplateList
    from .workflow_function_call import WorkflowFunctionCall
    from .workflow_update import WorkflowUpdate
    from .workflow_update_workflow import WorkflowUpdateWorkflow

_MODULE_OF: dict[str, str] = {
    "AccessTokenResult": ".access_token_result",
    "Account": ".account",
    "AccountData": ".account_data",
    "AccountUpdate": ".account_update",
    "Agent": ".agent",
    "AgentFileUpload": ".agent_file_upload",
    "AgentList": ".agent_list",
    "AgentMetadata": ".agent_metadata",
    "AgentReplace": ".agent_replace",
    "AgentReplaceMetadata": ".agent_replace_metadata",
    "AgentReplaceWorkflow": ".agent_replace_workflow",
    "AgentWorkflow": ".agent_workflow",
    "AgentWrite": ".agent_write",
    "AgentWriteMetadata": ".agent_write_metadata",
    "AgentWriteWorkflow": ".agent_write_workflow",
    "ApiKey": ".api_key",
    "ApiKeyEnvelope": ".api_key_envelope",
    "AuditLogEntry": ".audit_log_entry",
    "AuditLogEntryAfter": ".audit_log_entry_after",
    "AuditLogEntryBefore": ".audit_log_entry_before",
    "AuditLogEnvelope": ".audit_log_envelope",
    "AuditLogPage": ".audit_log_page",
    "AuditLogPagination": ".audit_log_pagination",
    "AuditLogSummary": ".audit_log_summary",
    "AuditLogSummaryByAction": ".audit_log_summary_by_action",
    "AuditLogSummaryByResource": ".audit_log_summary_by_resource",
    "AuditLogSummaryByUser": ".audit_log_summary_by_user",
    "AuditLogSummaryEnvelope": ".audit_log_summary_envelope",
    "AuditRevert": ".audit_revert",
    "AuditRevertEnvelope": ".audit_revert_envelope",
    "AuthMessage": ".auth_message",
    "Authenticate": ".authenticate",
    "AwsMarketplaceCustomer": ".aws_marketplace_customer",
    "AwsMarketplaceRegistration": ".aws_marketplace_registration",
    "AwsOrganizationCreate": ".aws_organization_create",
    "AzureGroups": ".azure_groups",
    "AzureGroupsGroupsItem": ".azure_groups_groups_item",
    "Board": ".board",
    "BoardCreate": ".board_create",
    "BoardCreateFieldsItem": ".board_create_fields_item",
    "BoardEnvelope": ".board_envelope",
    "BoardField": ".board_field",
    "BoardFileUpload": ".board_file_upload",
    "BoardItem": ".board_item",
    "BoardItemEnvelope": ".board_item_envelope",
    "BoardItemFieldsItem": ".board_item_fields_item",
    "BoardItemListEnvelope": ".board_item_list_envelope",
    "BoardListEnvelope": ".board_list_envelope",
    "BoardUpdate": ".board_update",
    "BulkInvite": ".bulk_invite",
    "BusinessUnit": ".business_unit",
    "BusinessUnitCreate": ".business_unit_create",
    "BusinessUnitList": ".business_unit_list",
    "BusinessUnitUpdate": ".business_unit_update",
    "Campaign": ".campaign",
    "CampaignCreate": ".campaign_create",
    "CampaignList": ".campaign_list",
    "Category": ".category",
    "CategoryCreate": ".category_create",
    "CategoryList": ".category_list",
    "CategoryUpdate": ".category_update",
    "Channel": ".channel",
    "ChannelConfig": ".channel_config",
    "ChannelContact": ".channel_contact",
    "ChannelContactReply": ".channel_contact_reply",
    "ChannelContactUpdate": ".channel_contact_update",
    "ChannelCount": ".channel_count",
    "ChannelCountByType": ".channel_count_by_type",
    "ChannelCreate": ".channel_create",
    "ChannelCreateConfig": ".channel_create_config",
    "ChannelCredential": ".channel_credential",
    "ChannelCredentialEnvelope": ".channel_credential_envelope",
    "ChannelCredentialUpdate": ".channel_credential_update",
    "ChannelCredentialUpdateCredentials": ".channel_credential_update_credentials",
    "ChannelEmailCreate": ".channel_email_create",
    "ChannelEmailCreateConfig": ".channel_email_create_config",
    "ChannelEnvelope": ".channel_envelope",
    "ChannelFacebookCreate": ".channel_facebook_create",
    "ChannelFacebookCreateConfig": ".channel_facebook_create_config",
    "ChannelFacebookPage": ".channel_facebook_page",
    "ChannelList": ".channel_list",
    "ChannelNamedCreate": ".channel_named_create",
    "ChannelNamedCreateConfig": ".channel_named_create_config",
    "ChannelObserver": ".channel_observer",
    "ChannelObserverList": ".channel_observer_list",
    "ChannelPageInfo": ".channel_page_info",
    "ChannelReplace": ".channel_replace",
    "ChannelReplaceConfig": ".channel_replace_config",
    "ChannelSideUpdate": ".channel_side_update",
    "ChannelSideUpdateConfig": ".channel_side_update_config",
    "ChannelTeam": ".channel_team",
    "ChannelTeamList": ".channel_team_list",
    "ChannelType": ".channel_type",
    "ChannelTypedCreate": ".channel_typed_create",
    "ChannelTypedCreateConfig": ".channel_typed_create_config",
    "ChannelUpdate": ".channel_update",
    "ChannelUpdateConfig": ".channel_update_config",
    "ChannelWhatsappCreate": ".channel_whatsapp_create",
    "ChannelWhatsappCreateConfig": ".channel_whatsapp_create_config",
    "ChannelWorkflowLink": ".channel_workflow_link",
    "ChannelWorkflowLinkEnvelope": ".channel_workflow_link_envelope",
    "ChannelWorkflowLinkWrite": ".channel_workflow_link_write",
    "Completion": ".completion",
    "CompletionChoice": ".completion_choice",
    "CompletionChoiceMessage": ".completion_choice_message",
    "CompletionChoiceMessageRole": ".completion_choice_message_role",
    "CompletionChunk": ".completion_chunk",
    "CompletionChunkChoice": ".completion_chunk_choice",
    "CompletionDelta": ".completion_delta",
    "CompletionDeltaRole": ".completion_delta_role",
    "CompletionFunction": ".completion_function",
    "CompletionFunctionParameters": ".completion_function_parameters",
    "CompletionInput": ".completion_input",
    "CompletionInputLogitBias": ".completion_input_logit_bias",
    "CompletionInputMetadata": ".completion_input_metadata",
    "CompletionInputResponseFormat": ".completion_input_response_format",
    "CompletionInputResponseFormatJsonSchema": ".completion_input_response_format_json_schema",
    "CompletionInputResponseFormatType": ".completion_input_response_format_type",
    "CompletionInputStreamOptions": ".completion_input_stream_options",
    "CompletionInputToolChoiceType0": ".completion_input_tool_choice_type_0",
    "CompletionMessage": ".completion_message",
    "CompletionMessageRole": ".completion_message_role",
    "CompletionMessageToolCallsItem": ".completion_message_tool_calls_item",
    "CompletionNamedToolChoice": ".completion_named_tool_choice",
    "CompletionNamedToolChoiceFunction": ".completion_named_tool_choice_function",
    "CompletionNamedToolChoiceType": ".completion_named_tool_choice_type",
    "CompletionTool": ".completion_tool",
    "CompletionToolCall": ".completion_tool_call",
    "CompletionToolCallDelta": ".completion_tool_call_delta",
    "CompletionToolCallFunction": ".completion_tool_call_function",
    "CompletionToolType": ".completion_tool_type",
    "CompletionUsage": ".completion_usage",
    "ContactActivity": ".contact_activity",
    "ContactActivityList": ".contact_activity_list",
    "ContactComment": ".contact_comment",
    "ContactCommentList": ".contact_comment_list",
    "ContactCommentReply": ".contact_comment_reply",
    "ContactConversation": ".contact_conversation",
    "ContactConversationList": ".contact_conversation_list",
    "ContactCreate": ".contact_create",
    "ContactFile": ".contact_file",
    "ContactFileList": ".contact_file_list",
    "ContactFileUpload": ".contact_file_upload",
    "ContactList": ".contact_list",
    "ContactNotification": ".contact_notification",
    "ContactNotificationIds": ".contact_notification_ids",
    "ContactNotificationList": ".contact_notification_list",
    "ContactNotificationResult": ".contact_notification_result",
    "ContactSearch": ".contact_search",
    "ContactUploadResult": ".contact_upload_result",
    "Conversation": ".conversation",
    "ConversationAssign": ".conversation_assign",
    "ConversationCreate": ".conversation_create",
    "ConversationList": ".conversation_list",
    "ConversationMemberRemove": ".conversation_member_remove",
    "ConversationRef": ".conversation_ref",
    "ConversationRename": ".conversation_rename",
    "ConversationStatus": ".conversation_status",
    "ConversationStatusUpdate": ".conversation_status_update",
    "ConversationUser": ".conversation_user",
    "ConversationVideoCall": ".conversation_video_call",
    "ConversationView": ".conversation_view",
    "ConversationViewsCount": ".conversation_views_count",
    "ConversationViewsCountReply": ".conversation_views_count_reply",
    "ConversationViewsCountStatuses": ".conversation_views_count_statuses",
    "Credential": ".credential",
    "CredentialList": ".credential_list",
    "CredentialParam": ".credential_param",
    "CredentialParamParamsItem": ".credential_param_params_item",
    "CredentialType": ".credential_type",
    "CredentialTypeGroups": ".credential_type_groups",
    "DeleteResult": ".delete_result",
    "DeleteResultEnvelope": ".delete_result_envelope",
    "EffectivePermissions": ".effective_permissions",
    "EmailIdentity": ".email_identity",
    "EmailOnly": ".email_only",
    "Embedding": ".embedding",
    "EmbeddingInput": ".embedding_input",
    "EmbeddingInputEncodingFormat": ".embedding_input_encoding_format",
    "EmbeddingList": ".embedding_list",
    "Error": ".error",
    "ExtractedFile": ".extracted_file",
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
    "GatewayHealth": ".gateway_health",
    "GetConversationMessageAction": ".get_conversation_message_action",
    "GetViewsCountV2Type": ".get_views_count_v2_type",
    "GoogleIdentity": ".google_identity",
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
    "IdList": ".id_list",
    "IdentitySignIn": ".identity_sign_in",
    "InitChannel": ".init_channel",
    "InstructionsPatch": ".instructions_patch",
    "InvitedUser": ".invited_user",
    "ItemCreate": ".item_create",
    "ItemFieldValue": ".item_field_value",
    "ItemSearch": ".item_search",
    "ItemUpdate": ".item_update",
    "ItemUpdateDataItem": ".item_update_data_item",
    "KnowledgeFile": ".knowledge_file",
    "KnowledgeFileEnvelope": ".knowledge_file_envelope",
    "KnowledgeFileListEnvelope": ".knowledge_file_list_envelope",
    "License": ".license_",
    "LicenseActivate": ".license_activate",
    "LicenseStatus": ".license_status",
    "ListAuditLogsImports": ".list_audit_logs_imports",
    "ListChannelsType": ".list_channels_type",
    "ListFlowsStatus": ".list_flows_status",
    "ListInvitableUsersType": ".list_invitable_users_type",
    "ListRolePermissionsScope": ".list_role_permissions_scope",
    "ListRolesScope": ".list_roles_scope",
    "ListTeamUsersType": ".list_team_users_type",
    "ListTeamUsersV2Type": ".list_team_users_v2_type",
    "ListTeamsType": ".list_teams_type",
    "LlmModel": ".llm_model",
    "LlmModelList": ".llm_model_list",
    "LoginOrganization": ".login_organization",
    "LoginProviders": ".login_providers",
    "LoginProvidersProvidersItem": ".login_providers_providers_item",
    "LoginResult": ".login_result",
    "Message": ".message",
    "MessageComment": ".message_comment",
    "MessageCommentWrite": ".message_comment_write",
    "MessageFile": ".message_file",
    "MessageIndex": ".message_index",
    "MessageList": ".message_list",
    "MessageSuggestionResult": ".message_suggestion_result",
    "MessageTemplate": ".message_template",
    "MessageTemplateCreate": ".message_template_create",
    "MessageTemplateEnvelope": ".message_template_envelope",
    "MessageTemplateList": ".message_template_list",
    "MessageTemplateUpdate": ".message_template_update",
    "MessageType": ".message_type",
    "NameCheck": ".name_check",
    "OidcRoleMapping": ".oidc_role_mapping",
    "OidcRoleMappingBulk": ".oidc_role_mapping_bulk",
    "OidcRoleMappingInput": ".oidc_role_mapping_input",
    "Organization": ".organization",
    "OrganizationChoice": ".organization_choice",
    "OrganizationCreate": ".organization_create",
    "OrganizationCreateMetadata": ".organization_create_metadata",
    "OrganizationList": ".organization_list",
    "OrganizationUpdate": ".organization_update",
    "OrganizationUpdateMetadata": ".organization_update_metadata",
    "OtpSignIn": ".otp_sign_in",
    "Outbound": ".outbound",
    "OutboundEmail": ".outbound_email",
    "OutboundEnvelope": ".outbound_envelope",
    "OutboundWhatsapp": ".outbound_whatsapp",
    "PasswordReset": ".password_reset",
    "PasswordSignIn": ".password_sign_in",
    "PermissionCatalogue": ".permission_catalogue",
    "PermissionGroup": ".permission_group",
    "PredictRequest": ".predict_request",
    "PredictRequestInput": ".predict_request_input",
    "PredictResult": ".predict_result",
    "Provider": ".provider",
    "ProviderCreate": ".provider_create",
    "ProviderUpdate": ".provider_update",
    "RagFile": ".rag_file",
    "RagFileList": ".rag_file_list",
    "Role": ".role",
    "RoleAssign": ".role_assign",
    "RoleAssignMany": ".role_assign_many",
    "RoleAssignManyReply": ".role_assign_many_reply",
    "RoleCounts": ".role_counts",
    "RoleCreate": ".role_create",
    "RoleCreateScope": ".role_create_scope",
    "RoleList": ".role_list",
    "RoleScope": ".role_scope",
    "RoleUpdate": ".role_update",
    "SearchConversationsType": ".search_conversations_type",
    "SignUp": ".sign_up",
    "SignUpResult": ".sign_up_result",
    "SignUpVerification": ".sign_up_verification",
    "SsoSignIn": ".sso_sign_in",
    "Team": ".team",
    "TeamCreate": ".team_create",
    "TeamIconUpload": ".team_icon_upload",
    "TeamJoinRequest": ".team_join_request",
    "TeamLabel": ".team_label",
    "TeamLabelList": ".team_label_list",
    "TeamList": ".team_list",
    "TeamMembershipBody": ".team_membership_body",
    "TeamUpdate": ".team_update",
    "TeamUser": ".team_user",
    "TeamUserList": ".team_user_list",
    "TeamUserRole": ".team_user_role",
    "TeamUserRoleUpdate": ".team_user_role_update",
    "TeamUsersAdd": ".team_users_add",
    "TeamUsersRemove": ".team_users_remove",
    "ThirdPartyTokenRequest": ".third_party_token_request",
    "TokenExchange": ".token_exchange",
    "ToolServerVerification": ".tool_server_verification",
    "ToolServerVerificationToolsItem": ".tool_server_verification_tools_item",
    "ToolServerVerify": ".tool_server_verify",
    "Touchpoint": ".touchpoint",
    "TouchpointList": ".touchpoint_list",
    "TouchpointValidate": ".touchpoint_validate",
    "TouchpointValidation": ".touchpoint_validation",
    "TouchpointWrite": ".touchpoint_write",
    "TriggerFlowBody": ".trigger_flow_body",
    "TriggerFlowSyncBody": ".trigger_flow_sync_body",
    "UploadedFile": ".uploaded_file",
    "UploadedImage": ".uploaded_image",
    "UploadedPhoto": ".uploaded_photo",
    "User": ".user",
    "UserIdBody": ".user_id_body",
    "UserList": ".user_list",
    "UserUpdate": ".user_update",
    "WebChannel": ".web_channel",
    "WebChannelReply": ".web_channel_reply",
    "WhatsappTemplate": ".whatsapp_template",
    "WhatsappTemplateComponentsItem": ".whatsapp_template_components_item",
    "WhatsappTemplateList": ".whatsapp_template_list",
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
    "AccessTokenResult",
    "Account",
    "AccountData",
    "AccountUpdate",
    "Agent",
    "AgentFileUpload",
    "AgentList",
    "AgentMetadata",
    "AgentReplace",
    "AgentReplaceMetadata",
    "AgentReplaceWorkflow",
    "AgentWorkflow",
    "AgentWrite",
    "AgentWriteMetadata",
    "AgentWriteWorkflow",
    "ApiKey",
    "ApiKeyEnvelope",
    "AuditLogEntry",
    "AuditLogEntryAfter",
    "AuditLogEntryBefore",
    "AuditLogEnvelope",
    "AuditLogPage",
    "AuditLogPagination",
    "AuditLogSummary",
    "AuditLogSummaryByAction",
    "AuditLogSummaryByResource",
    "AuditLogSummaryByUser",
    "AuditLogSummaryEnvelope",
    "AuditRevert",
    "AuditRevertEnvelope",
    "Authenticate",
    "AuthMessage",
    "AwsMarketplaceCustomer",
    "AwsMarketplaceRegistration",
    "AwsOrganizationCreate",
    "AzureGroups",
    "AzureGroupsGroupsItem",
    "Board",
    "BoardCreate",
    "BoardCreateFieldsItem",
    "BoardEnvelope",
    "BoardField",
    "BoardFileUpload",
    "BoardItem",
    "BoardItemEnvelope",
    "BoardItemFieldsItem",
    "BoardItemListEnvelope",
    "BoardListEnvelope",
    "BoardUpdate",
    "BulkInvite",
    "BusinessUnit",
    "BusinessUnitCreate",
    "BusinessUnitList",
    "BusinessUnitUpdate",
    "Campaign",
    "CampaignCreate",
    "CampaignList",
    "Category",
    "CategoryCreate",
    "CategoryList",
    "CategoryUpdate",
    "Channel",
    "ChannelConfig",
    "ChannelContact",
    "ChannelContactReply",
    "ChannelContactUpdate",
    "ChannelCount",
    "ChannelCountByType",
    "ChannelCreate",
    "ChannelCreateConfig",
    "ChannelCredential",
    "ChannelCredentialEnvelope",
    "ChannelCredentialUpdate",
    "ChannelCredentialUpdateCredentials",
    "ChannelEmailCreate",
    "ChannelEmailCreateConfig",
    "ChannelEnvelope",
    "ChannelFacebookCreate",
    "ChannelFacebookCreateConfig",
    "ChannelFacebookPage",
    "ChannelList",
    "ChannelNamedCreate",
    "ChannelNamedCreateConfig",
    "ChannelObserver",
    "ChannelObserverList",
    "ChannelPageInfo",
    "ChannelReplace",
    "ChannelReplaceConfig",
    "ChannelSideUpdate",
    "ChannelSideUpdateConfig",
    "ChannelTeam",
    "ChannelTeamList",
    "ChannelType",
    "ChannelTypedCreate",
    "ChannelTypedCreateConfig",
    "ChannelUpdate",
    "ChannelUpdateConfig",
    "ChannelWhatsappCreate",
    "ChannelWhatsappCreateConfig",
    "ChannelWorkflowLink",
    "ChannelWorkflowLinkEnvelope",
    "ChannelWorkflowLinkWrite",
    "Completion",
    "CompletionChoice",
    "CompletionChoiceMessage",
    "CompletionChoiceMessageRole",
    "CompletionChunk",
    "CompletionChunkChoice",
    "CompletionDelta",
    "CompletionDeltaRole",
    "CompletionFunction",
    "CompletionFunctionParameters",
    "CompletionInput",
    "CompletionInputLogitBias",
    "CompletionInputMetadata",
    "CompletionInputResponseFormat",
    "CompletionInputResponseFormatJsonSchema",
    "CompletionInputResponseFormatType",
    "CompletionInputStreamOptions",
    "CompletionInputToolChoiceType0",
    "CompletionMessage",
    "CompletionMessageRole",
    "CompletionMessageToolCallsItem",
    "CompletionNamedToolChoice",
    "CompletionNamedToolChoiceFunction",
    "CompletionNamedToolChoiceType",
    "CompletionTool",
    "CompletionToolCall",
    "CompletionToolCallDelta",
    "CompletionToolCallFunction",
    "CompletionToolType",
    "CompletionUsage",
    "ContactActivity",
    "ContactActivityList",
    "ContactComment",
    "ContactCommentList",
    "ContactCommentReply",
    "ContactConversation",
    "ContactConversationList",
    "ContactCreate",
    "ContactFile",
    "ContactFileList",
    "ContactFileUpload",
    "ContactList",
    "ContactNotification",
    "ContactNotificationIds",
    "ContactNotificationList",
    "ContactNotificationResult",
    "ContactSearch",
    "ContactUploadResult",
    "Conversation",
    "ConversationAssign",
    "ConversationCreate",
    "ConversationList",
    "ConversationMemberRemove",
    "ConversationRef",
    "ConversationRename",
    "ConversationStatus",
    "ConversationStatusUpdate",
    "ConversationUser",
    "ConversationVideoCall",
    "ConversationView",
    "ConversationViewsCount",
    "ConversationViewsCountReply",
    "ConversationViewsCountStatuses",
    "Credential",
    "CredentialList",
    "CredentialParam",
    "CredentialParamParamsItem",
    "CredentialType",
    "CredentialTypeGroups",
    "DeleteResult",
    "DeleteResultEnvelope",
    "EffectivePermissions",
    "EmailIdentity",
    "EmailOnly",
    "Embedding",
    "EmbeddingInput",
    "EmbeddingInputEncodingFormat",
    "EmbeddingList",
    "Error",
    "ExtractedFile",
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
    "GatewayHealth",
    "GetConversationMessageAction",
    "GetViewsCountV2Type",
    "GoogleIdentity",
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
    "IdentitySignIn",
    "IdList",
    "InitChannel",
    "InstructionsPatch",
    "InvitedUser",
    "ItemCreate",
    "ItemFieldValue",
    "ItemSearch",
    "ItemUpdate",
    "ItemUpdateDataItem",
    "KnowledgeFile",
    "KnowledgeFileEnvelope",
    "KnowledgeFileListEnvelope",
    "License",
    "LicenseActivate",
    "LicenseStatus",
    "ListAuditLogsImports",
    "ListChannelsType",
    "ListFlowsStatus",
    "ListInvitableUsersType",
    "ListRolePermissionsScope",
    "ListRolesScope",
    "ListTeamsType",
    "ListTeamUsersType",
    "ListTeamUsersV2Type",
    "LlmModel",
    "LlmModelList",
    "LoginOrganization",
    "LoginProviders",
    "LoginProvidersProvidersItem",
    "LoginResult",
    "Message",
    "MessageComment",
    "MessageCommentWrite",
    "MessageFile",
    "MessageIndex",
    "MessageList",
    "MessageSuggestionResult",
    "MessageTemplate",
    "MessageTemplateCreate",
    "MessageTemplateEnvelope",
    "MessageTemplateList",
    "MessageTemplateUpdate",
    "MessageType",
    "NameCheck",
    "OidcRoleMapping",
    "OidcRoleMappingBulk",
    "OidcRoleMappingInput",
    "Organization",
    "OrganizationChoice",
    "OrganizationCreate",
    "OrganizationCreateMetadata",
    "OrganizationList",
    "OrganizationUpdate",
    "OrganizationUpdateMetadata",
    "OtpSignIn",
    "Outbound",
    "OutboundEmail",
    "OutboundEnvelope",
    "OutboundWhatsapp",
    "PasswordReset",
    "PasswordSignIn",
    "PermissionCatalogue",
    "PermissionGroup",
    "PredictRequest",
    "PredictRequestInput",
    "PredictResult",
    "Provider",
    "ProviderCreate",
    "ProviderUpdate",
    "RagFile",
    "RagFileList",
    "Role",
    "RoleAssign",
    "RoleAssignMany",
    "RoleAssignManyReply",
    "RoleCounts",
    "RoleCreate",
    "RoleCreateScope",
    "RoleList",
    "RoleScope",
    "RoleUpdate",
    "SearchConversationsType",
    "SignUp",
    "SignUpResult",
    "SignUpVerification",
    "SsoSignIn",
    "Team",
    "TeamCreate",
    "TeamIconUpload",
    "TeamJoinRequest",
    "TeamLabel",
    "TeamLabelList",
    "TeamList",
    "TeamMembershipBody",
    "TeamUpdate",
    "TeamUser",
    "TeamUserList",
    "TeamUserRole",
    "TeamUserRoleUpdate",
    "TeamUsersAdd",
    "TeamUsersRemove",
    "ThirdPartyTokenRequest",
    "TokenExchange",
    "ToolServerVerification",
    "ToolServerVerificationToolsItem",
    "ToolServerVerify",
    "Touchpoint",
    "TouchpointList",
    "TouchpointValidate",
    "TouchpointValidation",
    "TouchpointWrite",
    "TriggerFlowBody",
    "TriggerFlowSyncBody",
    "UploadedFile",
    "UploadedImage",
    "UploadedPhoto",
    "User",
    "UserIdBody",
    "UserList",
    "UserUpdate",
    "WebChannel",
    "WebChannelReply",
    "WhatsappTemplate",
    "WhatsappTemplateComponentsItem",
    "WhatsappTemplateList",
    "WorkflowFunctionCall",
    "WorkflowUpdate",
    "WorkflowUpdateWorkflow",
)
