from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="FlowRun")


@_attrs_define(repr=False)
class FlowRun(WireAccess):
    """
    Attributes:
        id (str):
        status (str): RUNNING, SUCCEEDED, FAILED, TIMEOUT, ...
        flow_id (str | None):
        project_id (str | None):
        start_time (str | None):
        finish_time (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "id": "id",
        "status": "status",
        "flowId": "flow_id",
        "projectId": "project_id",
        "startTime": "start_time",
        "finishTime": "finish_time",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "flowId",
            "projectId",
            "startTime",
            "finishTime",
        }
    )

    id: str
    status: str
    flow_id: str | None = None
    project_id: str | None = None
    start_time: str | None = None
    finish_time: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        flow_id = UNSET if self.flow_id is None else self.flow_id

        project_id = UNSET if self.project_id is None else self.project_id

        start_time = UNSET if self.start_time is None else self.start_time

        finish_time = UNSET if self.finish_time is None else self.finish_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if flow_id is not UNSET:
            field_dict["flowId"] = flow_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if finish_time is not UNSET:
            field_dict["finishTime"] = finish_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        flow_id = d.pop("flowId", None)

        project_id = d.pop("projectId", None)

        start_time = d.pop("startTime", None)

        finish_time = d.pop("finishTime", None)

        flow_run = cls(
            id=id,
            status=status,
            flow_id=flow_id,
            project_id=project_id,
            start_time=start_time,
            finish_time=finish_time,
        )

        flow_run.additional_properties = d
        return flow_run

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
