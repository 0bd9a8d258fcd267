from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ChannelWorkflowLink")


@_attrs_define(repr=False)
class ChannelWorkflowLink(WireAccess):
    """A workflow attached to a channel (guess).

    Attributes:
        workflow_id (str):
        channel_id (str):
        field_id (str | None):
        is_active (bool | None):
        organization_id (str | None):
        created_at (str | None):
        updated_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "workflow_id": "workflow_id",
        "channel_id": "channel_id",
        "_id": "field_id",
        "is_active": "is_active",
        "organization_id": "organization_id",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "_id",
            "is_active",
            "organization_id",
            "created_at",
            "updated_at",
        }
    )

    workflow_id: str
    channel_id: str
    field_id: str | None = None
    is_active: bool | None = None
    organization_id: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = self.workflow_id

        channel_id = self.channel_id

        field_id = UNSET if self.field_id is None else self.field_id

        is_active = UNSET if self.is_active is None else self.is_active

        organization_id = UNSET if self.organization_id is None else self.organization_id

        created_at = UNSET if self.created_at is None else self.created_at

        updated_at = UNSET if self.updated_at is None else self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "channel_id": channel_id,
            }
        )
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workflow_id = d.pop("workflow_id")

        channel_id = d.pop("channel_id")

        field_id = d.pop("_id", None)

        is_active = d.pop("is_active", None)

        organization_id = d.pop("organization_id", None)

        created_at = d.pop("created_at", None)

        updated_at = d.pop("updated_at", None)

        channel_workflow_link = cls(
            workflow_id=workflow_id,
            channel_id=channel_id,
            field_id=field_id,
            is_active=is_active,
            organization_id=organization_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        channel_workflow_link.additional_properties = d
        return channel_workflow_link

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
