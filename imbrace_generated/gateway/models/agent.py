from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="Agent")


@_attrs_define
class Agent(WireAccess):
    """An AI agent (assistant). Agent routes and app routes return the same object.

    Attributes:
        id (str):
        field_id (str):
        name (str):
        workflow_name (str):
        description (str | Unset):
        instructions (str | Unset):
        provider_id (str | Unset):
        model_id (str | Unset):
        streaming (bool | Unset):
        organization_id (str | Unset):
        folder_ids (list[str] | Unset):
        board_ids (list[str] | Unset):
        workflow_function_call (list[WorkflowFunctionCall] | Unset):
        metadata (AgentMetadata | Unset):
        workflow (AgentWorkflow | Unset):
        sub_agents (list[Any] | Unset):
        team_leads (list[Any] | Unset):
        created_at (str | Unset):
        updated_at (str | Unset): Changes on every write; send it back in `If-Match`.
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

    id: str
    field_id: str
    name: str
    workflow_name: str
    description: str | Unset = UNSET
    instructions: str | Unset = UNSET
    provider_id: str | Unset = UNSET
    model_id: str | Unset = UNSET
    streaming: bool | Unset = UNSET
    organization_id: str | Unset = UNSET
    folder_ids: list[str] | Unset = UNSET
    board_ids: list[str] | Unset = UNSET
    workflow_function_call: list[WorkflowFunctionCall] | Unset = UNSET
    metadata: AgentMetadata | Unset = UNSET
    workflow: AgentWorkflow | Unset = UNSET
    sub_agents: list[Any] | Unset = UNSET
    team_leads: list[Any] | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_id = self.field_id

        name = self.name

        workflow_name = self.workflow_name

        description = self.description

        instructions = self.instructions

        provider_id = self.provider_id

        model_id = self.model_id

        streaming = self.streaming

        organization_id = self.organization_id

        folder_ids: list[str] | Unset = UNSET
        if not isinstance(self.folder_ids, Unset):
            folder_ids = self.folder_ids

        board_ids: list[str] | Unset = UNSET
        if not isinstance(self.board_ids, Unset):
            board_ids = self.board_ids

        workflow_function_call: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workflow_function_call, Unset):
            workflow_function_call = []
            for workflow_function_call_item_data in self.workflow_function_call:
                workflow_function_call_item = workflow_function_call_item_data.to_dict()
                workflow_function_call.append(workflow_function_call_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        workflow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow, Unset):
            workflow = self.workflow.to_dict()

        sub_agents: list[Any] | Unset = UNSET
        if not isinstance(self.sub_agents, Unset):
            sub_agents = self.sub_agents

        team_leads: list[Any] | Unset = UNSET
        if not isinstance(self.team_leads, Unset):
            team_leads = self.team_leads

        created_at = self.created_at

        updated_at = self.updated_at

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

        description = d.pop("description", UNSET)

        instructions = d.pop("instructions", UNSET)

        provider_id = d.pop("provider_id", UNSET)

        model_id = d.pop("model_id", UNSET)

        streaming = d.pop("streaming", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        folder_ids = cast(list[str], d.pop("folder_ids", UNSET))

        board_ids = cast(list[str], d.pop("board_ids", UNSET))

        _workflow_function_call = d.pop("workflow_function_call", UNSET)
        workflow_function_call: list[WorkflowFunctionCall] | Unset = UNSET
        if _workflow_function_call is not UNSET:
            workflow_function_call = []
            for workflow_function_call_item_data in _workflow_function_call:
                workflow_function_call_item = WorkflowFunctionCall.from_dict(workflow_function_call_item_data)

                workflow_function_call.append(workflow_function_call_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: AgentMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AgentMetadata.from_dict(_metadata)

        _workflow = d.pop("workflow", UNSET)
        workflow: AgentWorkflow | Unset
        if isinstance(_workflow, Unset):
            workflow = UNSET
        else:
            workflow = AgentWorkflow.from_dict(_workflow)

        sub_agents = cast(list[Any], d.pop("sub_agents", UNSET))

        team_leads = cast(list[Any], d.pop("team_leads", UNSET))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

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
