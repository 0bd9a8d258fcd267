from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="AgentWrite")


@_attrs_define
class AgentWrite(WireAccess):
    """The whole agent as written by POST and PUT `/assistant_apps`. The SDK fills the model defaults
    on create and merges the stored agent into partial updates before it sends this.

        Attributes:
            name (str):
            workflow_name (str):
            provider_id (str): "system" or a custom provider id.
            model_id (str): A model name of the provider, or "Default".
            description (str | Unset):
            instructions (str | Unset):
            streaming (bool | Unset):  Default: False.
            assistant_id (str | Unset):
            file_ids (list[str] | Unset):
            folder_ids (list[str] | Unset):
            board_ids (list[str] | Unset):
            knowledge_hubs (list[Any] | Unset): Use `folder_ids`.
            workflow_function_call (list[WorkflowFunctionCall] | Unset):
            workflow (AgentWriteWorkflow | Unset):
            metadata (AgentWriteMetadata | Unset):
            credential_id (None | str | Unset):
            credential_name (None | str | Unset):
            mode (str | Unset):
            channel (str | Unset):
            category (str | Unset):
            personality_role (str | Unset):
            core_task (str | Unset):
            tone_and_style (str | Unset):
            response_length (str | Unset):
            banned_words (list[str] | Unset):
            show_thinking_process (bool | Unset):
            preload_information (Any | Unset):
            preload_information_type (str | Unset):
            guardrail_id (None | str | Unset):
            agent_type (str | Unset):
            sub_agents (list[str] | Unset):
            temperature (float | Unset):
            use_memory (bool | Unset):
            version (Any | Unset):
            document_ai (Any | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "workflow_name": "workflow_name",
        "provider_id": "provider_id",
        "model_id": "model_id",
        "description": "description",
        "instructions": "instructions",
        "streaming": "streaming",
        "assistant_id": "assistant_id",
        "file_ids": "file_ids",
        "folder_ids": "folder_ids",
        "board_ids": "board_ids",
        "knowledge_hubs": "knowledge_hubs",
        "workflow_function_call": "workflow_function_call",
        "workflow": "workflow",
        "metadata": "metadata",
        "credential_id": "credential_id",
        "credential_name": "credential_name",
        "mode": "mode",
        "channel": "channel",
        "category": "category",
        "personality_role": "personality_role",
        "core_task": "core_task",
        "tone_and_style": "tone_and_style",
        "response_length": "response_length",
        "banned_words": "banned_words",
        "show_thinking_process": "show_thinking_process",
        "preload_information": "preload_information",
        "preload_information_type": "preload_information_type",
        "guardrail_id": "guardrail_id",
        "agent_type": "agent_type",
        "sub_agents": "sub_agents",
        "temperature": "temperature",
        "use_memory": "use_memory",
        "version": "version",
        "document_ai": "document_ai",
    }

    name: str
    workflow_name: str
    provider_id: str
    model_id: str
    description: str | Unset = UNSET
    instructions: str | Unset = UNSET
    streaming: bool | Unset = False
    assistant_id: str | Unset = UNSET
    file_ids: list[str] | Unset = UNSET
    folder_ids: list[str] | Unset = UNSET
    board_ids: list[str] | Unset = UNSET
    knowledge_hubs: list[Any] | Unset = UNSET
    workflow_function_call: list[WorkflowFunctionCall] | Unset = UNSET
    workflow: AgentWriteWorkflow | Unset = UNSET
    metadata: AgentWriteMetadata | Unset = UNSET
    credential_id: None | str | Unset = UNSET
    credential_name: None | str | Unset = UNSET
    mode: str | Unset = UNSET
    channel: str | Unset = UNSET
    category: str | Unset = UNSET
    personality_role: str | Unset = UNSET
    core_task: str | Unset = UNSET
    tone_and_style: str | Unset = UNSET
    response_length: str | Unset = UNSET
    banned_words: list[str] | Unset = UNSET
    show_thinking_process: bool | Unset = UNSET
    preload_information: Any | Unset = UNSET
    preload_information_type: str | Unset = UNSET
    guardrail_id: None | str | Unset = UNSET
    agent_type: str | Unset = UNSET
    sub_agents: list[str] | Unset = UNSET
    temperature: float | Unset = UNSET
    use_memory: bool | Unset = UNSET
    version: Any | Unset = UNSET
    document_ai: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        workflow_name = self.workflow_name

        provider_id = self.provider_id

        model_id = self.model_id

        description = self.description

        instructions = self.instructions

        streaming = self.streaming

        assistant_id = self.assistant_id

        file_ids: list[str] | Unset = UNSET
        if not isinstance(self.file_ids, Unset):
            file_ids = self.file_ids

        folder_ids: list[str] | Unset = UNSET
        if not isinstance(self.folder_ids, Unset):
            folder_ids = self.folder_ids

        board_ids: list[str] | Unset = UNSET
        if not isinstance(self.board_ids, Unset):
            board_ids = self.board_ids

        knowledge_hubs: list[Any] | Unset = UNSET
        if not isinstance(self.knowledge_hubs, Unset):
            knowledge_hubs = self.knowledge_hubs

        workflow_function_call: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workflow_function_call, Unset):
            workflow_function_call = []
            for workflow_function_call_item_data in self.workflow_function_call:
                workflow_function_call_item = workflow_function_call_item_data.to_dict()
                workflow_function_call.append(workflow_function_call_item)

        workflow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow, Unset):
            workflow = self.workflow.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        credential_id: None | str | Unset
        if isinstance(self.credential_id, Unset):
            credential_id = UNSET
        else:
            credential_id = self.credential_id

        credential_name: None | str | Unset
        if isinstance(self.credential_name, Unset):
            credential_name = UNSET
        else:
            credential_name = self.credential_name

        mode = self.mode

        channel = self.channel

        category = self.category

        personality_role = self.personality_role

        core_task = self.core_task

        tone_and_style = self.tone_and_style

        response_length = self.response_length

        banned_words: list[str] | Unset = UNSET
        if not isinstance(self.banned_words, Unset):
            banned_words = self.banned_words

        show_thinking_process = self.show_thinking_process

        preload_information = self.preload_information

        preload_information_type = self.preload_information_type

        guardrail_id: None | str | Unset
        if isinstance(self.guardrail_id, Unset):
            guardrail_id = UNSET
        else:
            guardrail_id = self.guardrail_id

        agent_type = self.agent_type

        sub_agents: list[str] | Unset = UNSET
        if not isinstance(self.sub_agents, Unset):
            sub_agents = self.sub_agents

        temperature = self.temperature

        use_memory = self.use_memory

        version = self.version

        document_ai = self.document_ai

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "workflow_name": workflow_name,
                "provider_id": provider_id,
                "model_id": model_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if streaming is not UNSET:
            field_dict["streaming"] = streaming
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if folder_ids is not UNSET:
            field_dict["folder_ids"] = folder_ids
        if board_ids is not UNSET:
            field_dict["board_ids"] = board_ids
        if knowledge_hubs is not UNSET:
            field_dict["knowledge_hubs"] = knowledge_hubs
        if workflow_function_call is not UNSET:
            field_dict["workflow_function_call"] = workflow_function_call
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if credential_id is not UNSET:
            field_dict["credential_id"] = credential_id
        if credential_name is not UNSET:
            field_dict["credential_name"] = credential_name
        if mode is not UNSET:
            field_dict["mode"] = mode
        if channel is not UNSET:
            field_dict["channel"] = channel
        if category is not UNSET:
            field_dict["category"] = category
        if personality_role is not UNSET:
            field_dict["personality_role"] = personality_role
        if core_task is not UNSET:
            field_dict["core_task"] = core_task
        if tone_and_style is not UNSET:
            field_dict["tone_and_style"] = tone_and_style
        if response_length is not UNSET:
            field_dict["response_length"] = response_length
        if banned_words is not UNSET:
            field_dict["banned_words"] = banned_words
        if show_thinking_process is not UNSET:
            field_dict["show_thinking_process"] = show_thinking_process
        if preload_information is not UNSET:
            field_dict["preload_information"] = preload_information
        if preload_information_type is not UNSET:
            field_dict["preload_information_type"] = preload_information_type
        if guardrail_id is not UNSET:
            field_dict["guardrail_id"] = guardrail_id
        if agent_type is not UNSET:
            field_dict["agent_type"] = agent_type
        if sub_agents is not UNSET:
            field_dict["sub_agents"] = sub_agents
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if use_memory is not UNSET:
            field_dict["use_memory"] = use_memory
        if version is not UNSET:
            field_dict["version"] = version
        if document_ai is not UNSET:
            field_dict["document_ai"] = document_ai

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        workflow_name = d.pop("workflow_name")

        provider_id = d.pop("provider_id")

        model_id = d.pop("model_id")

        description = d.pop("description", UNSET)

        instructions = d.pop("instructions", UNSET)

        streaming = d.pop("streaming", UNSET)

        assistant_id = d.pop("assistant_id", UNSET)

        file_ids = cast(list[str], d.pop("file_ids", UNSET))

        folder_ids = cast(list[str], d.pop("folder_ids", UNSET))

        board_ids = cast(list[str], d.pop("board_ids", UNSET))

        knowledge_hubs = cast(list[Any], d.pop("knowledge_hubs", UNSET))

        _workflow_function_call = d.pop("workflow_function_call", UNSET)
        workflow_function_call: list[WorkflowFunctionCall] | Unset = UNSET
        if _workflow_function_call is not UNSET:
            workflow_function_call = []
            for workflow_function_call_item_data in _workflow_function_call:
                workflow_function_call_item = WorkflowFunctionCall.from_dict(workflow_function_call_item_data)

                workflow_function_call.append(workflow_function_call_item)

        _workflow = d.pop("workflow", UNSET)
        workflow: AgentWriteWorkflow | Unset
        if isinstance(_workflow, Unset):
            workflow = UNSET
        else:
            workflow = AgentWriteWorkflow.from_dict(_workflow)

        _metadata = d.pop("metadata", UNSET)
        metadata: AgentWriteMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AgentWriteMetadata.from_dict(_metadata)

        def _parse_credential_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credential_id = _parse_credential_id(d.pop("credential_id", UNSET))

        def _parse_credential_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credential_name = _parse_credential_name(d.pop("credential_name", UNSET))

        mode = d.pop("mode", UNSET)

        channel = d.pop("channel", UNSET)

        category = d.pop("category", UNSET)

        personality_role = d.pop("personality_role", UNSET)

        core_task = d.pop("core_task", UNSET)

        tone_and_style = d.pop("tone_and_style", UNSET)

        response_length = d.pop("response_length", UNSET)

        banned_words = cast(list[str], d.pop("banned_words", UNSET))

        show_thinking_process = d.pop("show_thinking_process", UNSET)

        preload_information = d.pop("preload_information", UNSET)

        preload_information_type = d.pop("preload_information_type", UNSET)

        def _parse_guardrail_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        guardrail_id = _parse_guardrail_id(d.pop("guardrail_id", UNSET))

        agent_type = d.pop("agent_type", UNSET)

        sub_agents = cast(list[str], d.pop("sub_agents", UNSET))

        temperature = d.pop("temperature", UNSET)

        use_memory = d.pop("use_memory", UNSET)

        version = d.pop("version", UNSET)

        document_ai = d.pop("document_ai", UNSET)

        agent_write = cls(
            name=name,
            workflow_name=workflow_name,
            provider_id=provider_id,
            model_id=model_id,
            description=description,
            instructions=instructions,
            streaming=streaming,
            assistant_id=assistant_id,
            file_ids=file_ids,
            folder_ids=folder_ids,
            board_ids=board_ids,
            knowledge_hubs=knowledge_hubs,
            workflow_function_call=workflow_function_call,
            workflow=workflow,
            metadata=metadata,
            credential_id=credential_id,
            credential_name=credential_name,
            mode=mode,
            channel=channel,
            category=category,
            personality_role=personality_role,
            core_task=core_task,
            tone_and_style=tone_and_style,
            response_length=response_length,
            banned_words=banned_words,
            show_thinking_process=show_thinking_process,
            preload_information=preload_information,
            preload_information_type=preload_information_type,
            guardrail_id=guardrail_id,
            agent_type=agent_type,
            sub_agents=sub_agents,
            temperature=temperature,
            use_memory=use_memory,
            version=version,
            document_ai=document_ai,
        )

        return agent_write


from ..models.agent_write_metadata import AgentWriteMetadata
from ..models.agent_write_workflow import AgentWriteWorkflow
from ..models.workflow_function_call import WorkflowFunctionCall
