from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="Board")


@_attrs_define
class Board(WireAccess):
    """A data board (a CRM pipeline). Every board has one identifier field (`is_identifier`).

    Attributes:
        field_id (str):
        name (str):
        fields (list[BoardField]):
        description (str | Unset):
        organization_id (str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "name": "name",
        "fields": "fields",
        "description": "description",
        "organization_id": "organization_id",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }

    field_id: str
    name: str
    fields: list[BoardField]
    description: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = self.name

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        description = self.description

        organization_id = self.organization_id

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "name": name,
                "fields": fields,
            }
        )
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

        description = d.pop("description", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        board = cls(
            field_id=field_id,
            name=name,
            fields=fields,
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
