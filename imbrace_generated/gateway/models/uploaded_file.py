from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="UploadedFile")


@_attrs_define
class UploadedFile(WireAccess):
    """
    Attributes:
        field_id (str):
        id (str | Unset):
        name (str | Unset):
        size (int | Unset):
        content_type (str | Unset):
        agent_id (str | Unset):
        created_at (str | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "id": "id",
        "name": "name",
        "size": "size",
        "content_type": "content_type",
        "agent_id": "agent_id",
        "created_at": "created_at",
    }

    field_id: str
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    size: int | Unset = UNSET
    content_type: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        id = self.id

        name = self.name

        size = self.size

        content_type = self.content_type

        agent_id = self.agent_id

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if size is not UNSET:
            field_dict["size"] = size
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        size = d.pop("size", UNSET)

        content_type = d.pop("content_type", UNSET)

        agent_id = d.pop("agent_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        uploaded_file = cls(
            field_id=field_id,
            id=id,
            name=name,
            size=size,
            content_type=content_type,
            agent_id=agent_id,
            created_at=created_at,
        )

        uploaded_file.additional_properties = d
        return uploaded_file

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
