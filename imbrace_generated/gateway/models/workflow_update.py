from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import WireAccess

T = TypeVar("T", bound="WorkflowUpdate")


@_attrs_define(repr=False)
class WorkflowUpdate(WireAccess):
    """
    Attributes:
        workflow (WorkflowUpdateWorkflow):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "workflow": "workflow",
    }

    workflow: WorkflowUpdateWorkflow

    def to_dict(self) -> dict[str, Any]:
        workflow = self.workflow.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "workflow": workflow,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workflow = WorkflowUpdateWorkflow.from_dict(d.pop("workflow"))

        workflow_update = cls(
            workflow=workflow,
        )

        return workflow_update


from ..models.workflow_update_workflow import WorkflowUpdateWorkflow
