from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="RagFile")


@_attrs_define(repr=False)
class RagFile(WireAccess):
    """
    Attributes:
        field_id (str):
        name (str):
        id (str | None):
        size (int | None):
        content_type (str | None):
        status (str | None):
        created_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "name": "name",
        "id": "id",
        "size": "size",
        "content_type": "content_type",
        "status": "status",
        "created_at": "created_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "size",
            "content_type",
            "status",
            "created_at",
        }
    )

    field_id: str
    name: str
    id: str | None = None
    size: int | None = None
    content_type: str | None = None
    status: str | None = None
    created_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = self.name

        id = UNSET if self.id is None else self.id

        size = UNSET if self.size is None else self.size

        content_type = UNSET if self.content_type is None else self.content_type

        status = UNSET if self.status is None else self.status

        created_at = UNSET if self.created_at is None else self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if size is not UNSET:
            field_dict["size"] = size
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        name = d.pop("name")

        id = d.pop("id", None)

        size = d.pop("size", None)

        content_type = d.pop("content_type", None)

        status = d.pop("status", None)

        created_at = d.pop("created_at", None)

        rag_file = cls(
            field_id=field_id,
            name=name,
            id=id,
            size=size,
            content_type=content_type,
            status=status,
            created_at=created_at,
        )

        rag_file.additional_properties = d
        return rag_file

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
