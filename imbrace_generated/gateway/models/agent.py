from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="Agent")


@_attrs_define(repr=False)
class Agent(WireAccess):
    """An AI agent (assistant). Agent routes and app routes return the same object.

    Attributes:
        id (str):
        field_id (str):
        name (str):
        workflow_name (str):
        description (str | None):
        instructions (str | None):
        provider_id (str | None):
        model_id (str | None):
        streaming (bool | None):
        organization_id (str | None):
        folder_ids (list[str] | None):
        board_ids (list[str] | None):
        workflow_function_call (list[WorkflowFunctionCall] | None):
        metadata (AgentMetadata | None):
        workflow (AgentWorkflow | None):
        sub_agents (list[Any] | None):
        team_leads (list[Any] | None):
        created_at (str | None):
        updated_at (str | None): Changes on every write; send it back in `If-Match`.
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "id": "id",
        "_id": "field_id",
        "name": "name",
        "workflow_name": "workflow_name",
        "description": "description",
        "instructions": "instructions",
        "provider_id": "provider_id",
        "model_id": "model_id",
        "streaming": "streaming",
        "organization_id": "organization_id",
        "folder_ids": "folder_ids",
        "board_ids": "board_ids",
        "workflow_function_call": "workflow_function_call",
        "metadata": "metadata",
        "workflow": "workflow",
        "sub_agents": "sub_agents",
        "team_leads": "team_leads",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "instructions",
            "provider_id",
            "model_id",
            "streaming",
            "organization_id",
            "folder_ids",
            "board_ids",
            "workflow_function_call",
            "metadata",
            "workflow",
            "sub_agents",
            "team_leads",
            "created_at",
            "updated_at",
        }
    )

    id: str
    field_id: str
    name: str
    workflow_name: str
    description: str | None = None
    instructions: str | None = None
    provider_id: str | None = None
    model_id: str | None = None
    streaming: bool | None = None
    organization_id: str | None = None
    folder_ids: list[str] | None = None
    board_ids: list[str] | None = None
    workflow_function_call: list[WorkflowFunctionCall] | None = None
    metadata: AgentMetadata | None = None
    workflow: AgentWorkflow | None = None
    sub_agents: list[Any] | None = None
    team_leads: list[Any] | None = None
    created_at: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_id = self.field_id

        name = self.name

        workflow_name = self.workflow_name

        description = UNSET if self.description is None else self.description

        instructions = UNSET if self.instructions is None else self.instructions

        provider_id = UNSET if self.provider_id is None else self.provider_id

        model_id = UNSET if self.model_id is None else self.model_id

        streaming = UNSET if self.streaming is None else self.streaming

        organization_id = UNSET if self.organization_id is None else self.organization_id

        _folder_ids = UNSET if self.folder_ids is None else self.folder_ids

        folder_ids: list[str] | Unset = UNSET
        if not isinstance(_folder_ids, Unset):
            folder_ids = _folder_ids

        _board_ids = UNSET if self.board_ids is None else self.board_ids

        board_ids: list[str] | Unset = UNSET
        if not isinstance(_board_ids, Unset):
            board_ids = _board_ids

        _workflow_function_call = UNSET if self.workflow_function_call is None else self.workflow_function_call

        workflow_function_call: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_workflow_function_call, Unset):
            workflow_function_call = []
            for workflow_function_call_item_data in _workflow_function_call:
                workflow_function_call_item = workflow_function_call_item_data.to_dict()
                workflow_function_call.append(workflow_function_call_item)

        _metadata = UNSET if self.metadata is None else self.metadata

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(_metadata, Unset):
            metadata = _metadata.to_dict()

        _workflow = UNSET if self.workflow is None else self.workflow

        workflow: dict[str, Any] | Unset = UNSET
        if not isinstance(_workflow, Unset):
            workflow = _workflow.to_dict()

        _sub_agents = UNSET if self.sub_agents is None else self.sub_agents

        sub_agents: list[Any] | Unset = UNSET
        if not isinstance(_sub_agents, Unset):
            sub_agents = _sub_agents

        _team_leads = UNSET if self.team_leads is None else self.team_leads

        team_leads: list[Any] | Unset = UNSET
        if not isinstance(_team_leads, Unset):
            team_leads = _team_leads

        created_at = UNSET if self.created_at is None else self.created_at

        updated_at = UNSET if self.updated_at is None else self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "_id": field_id,
                "name": name,
                "workflow_name": workflow_name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if streaming is not UNSET:
            field_dict["streaming"] = streaming
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if folder_ids is not UNSET:
            field_dict["folder_ids"] = folder_ids
        if board_ids is not UNSET:
            field_dict["board_ids"] = board_ids
        if workflow_function_call is not UNSET:
            field_dict["workflow_function_call"] = workflow_function_call
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if sub_agents is not UNSET:
            field_dict["sub_agents"] = sub_agents
        if team_leads is not UNSET:
            field_dict["team_leads"] = team_leads
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        field_id = d.pop("_id")

        name = d.pop("name")

        workflow_name = d.pop("workflow_name")

        description = d.pop("description", None)

        instructions = d.pop("instructions", None)

        provider_id = d.pop("provider_id", None)

        model_id = d.pop("model_id", None)

        streaming = d.pop("streaming", None)

        organization_id = d.pop("organization_id", None)

        folder_ids = cast(list[str], d.pop("folder_ids", None))

        board_ids = cast(list[str], d.pop("board_ids", None))

        _workflow_function_call = d.pop("workflow_function_call", UNSET)
        workflow_function_call: list[WorkflowFunctionCall] | Unset = UNSET
        if _workflow_function_call is not UNSET:
            workflow_function_call = []
            for workflow_function_call_item_data in _workflow_function_call:
                workflow_function_call_item = WorkflowFunctionCall.from_dict(workflow_function_call_item_data)

                workflow_function_call.append(workflow_function_call_item)

        if workflow_function_call is UNSET:
            workflow_function_call = None

        _metadata = d.pop("metadata", None)
        metadata = None if _metadata is None else AgentMetadata.from_dict(_metadata)

        _workflow = d.pop("workflow", None)
        workflow = None if _workflow is None else AgentWorkflow.from_dict(_workflow)

        sub_agents = cast(list[Any], d.pop("sub_agents", None))

        team_leads = cast(list[Any], d.pop("team_leads", None))

        created_at = d.pop("created_at", None)

        updated_at = d.pop("updated_at", None)

        agent = cls(
            id=id,
            field_id=field_id,
            name=name,
            workflow_name=workflow_name,
            description=description,
            instructions=instructions,
            provider_id=provider_id,
            model_id=model_id,
            streaming=streaming,
            organization_id=organization_id,
            folder_ids=folder_ids,
            board_ids=board_ids,
            workflow_function_call=workflow_function_call,
            metadata=metadata,
            workflow=workflow,
            sub_agents=sub_agents,
            team_leads=team_leads,
            created_at=created_at,
            updated_at=updated_at,
        )

        agent.additional_properties = d
        return agent

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.agent_metadata import AgentMetadata
from ..models.agent_workflow import AgentWorkflow
from ..models.workflow_function_call import WorkflowFunctionCall
