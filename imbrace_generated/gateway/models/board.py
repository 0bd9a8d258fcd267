from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="Board")


@_attrs_define(repr=False)
class Board(WireAccess):
    """A data board (a CRM pipeline). Every board has one identifier field (`is_identifier`). Its id is `id` in the docs'
    schema (reference/board.md, sdk/quick-start.md) and `_id` in their examples: both.

        Attributes:
            field_id (str):
            name (str):
            fields (list[BoardField]):
            id (str | None): The same id as `_id`.
            description (str | None):
            organization_id (str | None):
            created_at (str | None):
            updated_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "name": "name",
        "fields": "fields",
        "id": "id",
        "description": "description",
        "organization_id": "organization_id",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "description",
            "organization_id",
            "created_at",
            "updated_at",
        }
    )

    field_id: str
    name: str
    fields: list[BoardField]
    id: str | None = None
    description: str | None = None
    organization_id: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = self.name

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        id = UNSET if self.id is None else self.id

        description = UNSET if self.description is None else self.description

        organization_id = UNSET if self.organization_id is None else self.organization_id

        created_at = UNSET if self.created_at is None else self.created_at

        updated_at = UNSET if self.updated_at is None else self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "name": name,
                "fields": fields,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
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
        field_id = d.pop("_id")

        name = d.pop("name")

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = BoardField.from_dict(fields_item_data)

            fields.append(fields_item)

        id = d.pop("id", None)

        description = d.pop("description", None)

        organization_id = d.pop("organization_id", None)

        created_at = d.pop("created_at", None)

        updated_at = d.pop("updated_at", None)

        board = cls(
            field_id=field_id,
            name=name,
            fields=fields,
            id=id,
            description=description,
            organization_id=organization_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        board.additional_properties = d
        return board

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.board_field import BoardField
