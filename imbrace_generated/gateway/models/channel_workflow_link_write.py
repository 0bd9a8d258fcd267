from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ChannelWorkflowLinkWrite")


@_attrs_define(repr=False)
class ChannelWorkflowLinkWrite(WireAccess):
    """The channel a workflow is attached to (guess).

    Attributes:
        channel_id (str):
        is_active (bool | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "channel_id": "channel_id",
        "is_active": "is_active",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "is_active",
        }
    )

    channel_id: str
    is_active: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_id = self.channel_id

        is_active = UNSET if self.is_active is None else self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel_id": channel_id,
            }
        )
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel_id = d.pop("channel_id")

        is_active = d.pop("is_active", None)

        channel_workflow_link_write = cls(
            channel_id=channel_id,
            is_active=is_active,
        )

        channel_workflow_link_write.additional_properties = d
        return channel_workflow_link_write

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
