from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="AgentReplace")


@_attrs_define(repr=False)
class AgentReplace(WireAccess):
    """The PUT `/assistant_apps/{id}` body: the fields of `AgentWrite`, none required. The server replaces
    the whole agent with it, so an omitted field falls back to its default.

        Attributes:
            name (str | None):
            workflow_name (str | None):
            provider_id (str | None): "system" or a custom provider id.
            model_id (str | None): A model name of the provider, or "Default".
            description (str | None):
            instructions (str | None):
            streaming (bool | None):  Default: False.
            assistant_id (str | None):
            file_ids (list[str] | None):
            folder_ids (list[str] | None):
            board_ids (list[str] | None):
            knowledge_hubs (list[Any] | None): Use `folder_ids`.
            workflow_function_call (list[WorkflowFunctionCall] | None):
            workflow (AgentReplaceWorkflow | None):
            metadata (AgentReplaceMetadata | None):
            credential_id (None | str):
            credential_name (None | str):
            mode (str | None):
            channel (str | None):
            category (str | None):
            personality_role (str | None):
            core_task (str | None):
            tone_and_style (str | None):
            response_length (str | None):
            banned_words (list[str] | None):
            show_thinking_process (bool | None):
            preload_information (Any | None):
            preload_information_type (str | None):
            guardrail_id (None | str):
            agent_type (str | None):
            sub_agents (list[str] | None):
            temperature (float | None):
            use_memory (bool | None):
            version (Any | None):
            document_ai (Any | None):
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
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "workflow_name",
            "provider_id",
            "model_id",
            "description",
            "instructions",
            "streaming",
            "assistant_id",
            "file_ids",
            "folder_ids",
            "board_ids",
            "knowledge_hubs",
            "workflow_function_call",
            "workflow",
            "metadata",
            "credential_id",
            "credential_name",
            "mode",
            "channel",
            "category",
            "personality_role",
            "core_task",
            "tone_and_style",
            "response_length",
            "banned_words",
            "show_thinking_process",
            "preload_information",
            "preload_information_type",
            "guardrail_id",
            "agent_type",
            "sub_agents",
            "temperature",
            "use_memory",
            "version",
            "document_ai",
        }
    )

    name: str | None = None
    workflow_name: str | None = None
    provider_id: str | None = None
    model_id: str | None = None
    description: str | None = None
    instructions: str | None = None
    streaming: bool | None = False
    assistant_id: str | None = None
    file_ids: list[str] | None = None
    folder_ids: list[str] | None = None
    board_ids: list[str] | None = None
    knowledge_hubs: list[Any] | None = None
    workflow_function_call: list[WorkflowFunctionCall] | None = None
    workflow: AgentReplaceWorkflow | None = None
    metadata: AgentReplaceMetadata | None = None
    credential_id: None | str = UNSET
    credential_name: None | str = UNSET
    mode: str | None = None
    channel: str | None = None
    category: str | None = None
    personality_role: str | None = None
    core_task: str | None = None
    tone_and_style: str | None = None
    response_length: str | None = None
    banned_words: list[str] | None = None
    show_thinking_process: bool | None = None
    preload_information: Any | None = None
    preload_information_type: str | None = None
    guardrail_id: None | str = UNSET
    agent_type: str | None = None
    sub_agents: list[str] | None = None
    temperature: float | None = None
    use_memory: bool | None = None
    version: Any | None = None
    document_ai: Any | None = None
    _explicit_nulls: tuple[str, ...] = _attrs_field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # A nullable optional field given (or sent) as None is an explicit null; one left UNSET was not sent.
        nulls: tuple[str, ...] = ()
        if self.credential_id is None:
            nulls += ("credential_id",)
        elif self.credential_id is UNSET:
            self.credential_id = None
        if self.credential_name is None:
            nulls += ("credential_name",)
        elif self.credential_name is UNSET:
            self.credential_name = None
        if self.guardrail_id is None:
            nulls += ("guardrail_id",)
        elif self.guardrail_id is UNSET:
            self.guardrail_id = None
        self._explicit_nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        name = UNSET if self.name is None else self.name

        workflow_name = UNSET if self.workflow_name is None else self.workflow_name

        provider_id = UNSET if self.provider_id is None else self.provider_id

        model_id = UNSET if self.model_id is None else self.model_id

        description = UNSET if self.description is None else self.description

        instructions = UNSET if self.instructions is None else self.instructions

        streaming = UNSET if self.streaming is None else self.streaming

        assistant_id = UNSET if self.assistant_id is None else self.assistant_id

        _file_ids = UNSET if self.file_ids is None else self.file_ids

        file_ids: list[str] | Unset = UNSET
        if not isinstance(_file_ids, Unset):
            file_ids = _file_ids

        _folder_ids = UNSET if self.folder_ids is None else self.folder_ids

        folder_ids: list[str] | Unset = UNSET
        if not isinstance(_folder_ids, Unset):
            folder_ids = _folder_ids

        _board_ids = UNSET if self.board_ids is None else self.board_ids

        board_ids: list[str] | Unset = UNSET
        if not isinstance(_board_ids, Unset):
            board_ids = _board_ids

        _knowledge_hubs = UNSET if self.knowledge_hubs is None else self.knowledge_hubs

        knowledge_hubs: list[Any] | Unset = UNSET
        if not isinstance(_knowledge_hubs, Unset):
            knowledge_hubs = _knowledge_hubs

        _workflow_function_call = UNSET if self.workflow_function_call is None else self.workflow_function_call

        workflow_function_call: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_workflow_function_call, Unset):
            workflow_function_call = []
            for workflow_function_call_item_data in _workflow_function_call:
                workflow_function_call_item = workflow_function_call_item_data.to_dict()
                workflow_function_call.append(workflow_function_call_item)

        _workflow = UNSET if self.workflow is None else self.workflow

        workflow: dict[str, Any] | Unset = UNSET
        if not isinstance(_workflow, Unset):
            workflow = _workflow.to_dict()

        _metadata = UNSET if self.metadata is None else self.metadata

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(_metadata, Unset):
            metadata = _metadata.to_dict()

        _credential_id = (
            UNSET if self.credential_id is None and "credential_id" not in self._explicit_nulls else self.credential_id
        )

        credential_id: None | str | Unset
        if isinstance(_credential_id, Unset):
            credential_id = UNSET
        else:
            credential_id = _credential_id

        _credential_name = (
            UNSET
            if self.credential_name is None and "credential_name" not in self._explicit_nulls
            else self.credential_name
        )

        credential_name: None | str | Unset
        if isinstance(_credential_name, Unset):
            credential_name = UNSET
        else:
            credential_name = _credential_name

        mode = UNSET if self.mode is None else self.mode

        channel = UNSET if self.channel is None else self.channel

        category = UNSET if self.category is None else self.category

        personality_role = UNSET if self.personality_role is None else self.personality_role

        core_task = UNSET if self.core_task is None else self.core_task

        tone_and_style = UNSET if self.tone_and_style is None else self.tone_and_style

        response_length = UNSET if self.response_length is None else self.response_length

        _banned_words = UNSET if self.banned_words is None else self.banned_words

        banned_words: list[str] | Unset = UNSET
        if not isinstance(_banned_words, Unset):
            banned_words = _banned_words

        show_thinking_process = UNSET if self.show_thinking_process is None else self.show_thinking_process

        preload_information = UNSET if self.preload_information is None else self.preload_information

        preload_information_type = UNSET if self.preload_information_type is None else self.preload_information_type

        _guardrail_id = (
            UNSET if self.guardrail_id is None and "guardrail_id" not in self._explicit_nulls else self.guardrail_id
        )

        guardrail_id: None | str | Unset
        if isinstance(_guardrail_id, Unset):
            guardrail_id = UNSET
        else:
            guardrail_id = _guardrail_id

        agent_type = UNSET if self.agent_type is None else self.agent_type

        _sub_agents = UNSET if self.sub_agents is None else self.sub_agents

        sub_agents: list[str] | Unset = UNSET
        if not isinstance(_sub_agents, Unset):
            sub_agents = _sub_agents

        temperature = UNSET if self.temperature is None else self.temperature

        use_memory = UNSET if self.use_memory is None else self.use_memory

        version = UNSET if self.version is None else self.version

        document_ai = UNSET if self.document_ai is None else self.document_ai

        field_dict: dict[str, Any] = {}

        if name is not UNSET:
            field_dict["name"] = name
        if workflow_name is not UNSET:
            field_dict["workflow_name"] = workflow_name
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
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
        name = d.pop("name", None)

        workflow_name = d.pop("workflow_name", None)

        provider_id = d.pop("provider_id", None)

        model_id = d.pop("model_id", None)

        description = d.pop("description", None)

        instructions = d.pop("instructions", None)

        streaming = d.pop("streaming", None)

        assistant_id = d.pop("assistant_id", None)

        file_ids = cast(list[str], d.pop("file_ids", None))

        folder_ids = cast(list[str], d.pop("folder_ids", None))

        board_ids = cast(list[str], d.pop("board_ids", None))

        knowledge_hubs = cast(list[Any], d.pop("knowledge_hubs", None))

        _workflow_function_call = d.pop("workflow_function_call", UNSET)
        workflow_function_call: list[WorkflowFunctionCall] | Unset = UNSET
        if _workflow_function_call is not UNSET:
            workflow_function_call = []
            for workflow_function_call_item_data in _workflow_function_call:
                workflow_function_call_item = WorkflowFunctionCall.from_dict(workflow_function_call_item_data)

                workflow_function_call.append(workflow_function_call_item)

        if workflow_function_call is UNSET:
            workflow_function_call = None

        _workflow = d.pop("workflow", None)
        workflow = None if _workflow is None else AgentReplaceWorkflow.from_dict(_workflow)

        _metadata = d.pop("metadata", None)
        metadata = None if _metadata is None else AgentReplaceMetadata.from_dict(_metadata)

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

        mode = d.pop("mode", None)

        channel = d.pop("channel", None)

        category = d.pop("category", None)

        personality_role = d.pop("personality_role", None)

        core_task = d.pop("core_task", None)

        tone_and_style = d.pop("tone_and_style", None)

        response_length = d.pop("response_length", None)

        banned_words = cast(list[str], d.pop("banned_words", None))

        show_thinking_process = d.pop("show_thinking_process", None)

        preload_information = d.pop("preload_information", None)

        preload_information_type = d.pop("preload_information_type", None)

        def _parse_guardrail_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        guardrail_id = _parse_guardrail_id(d.pop("guardrail_id", UNSET))

        agent_type = d.pop("agent_type", None)

        sub_agents = cast(list[str], d.pop("sub_agents", None))

        temperature = d.pop("temperature", None)

        use_memory = d.pop("use_memory", None)

        version = d.pop("version", None)

        document_ai = d.pop("document_ai", None)

        agent_replace = cls(
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

        return agent_replace


from ..models.agent_replace_metadata import AgentReplaceMetadata
from ..models.agent_replace_workflow import AgentReplaceWorkflow
from ..models.workflow_function_call import WorkflowFunctionCall
