from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="BoardItem")


@_attrs_define
class BoardItem(WireAccess):
    """
    Attributes:
        field_id (str):
        fields (list[BoardItemFieldsItem]):
        board_id (str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "fields": "fields",
        "board_id": "board_id",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }

    field_id: str
    fields: list[BoardItemFieldsItem]
    board_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        board_id = self.board_id

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "fields": fields,
            }
        )
        if board_id is not UNSET:
            field_dict["board_id"] = board_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = BoardItemFieldsItem.from_dict(fields_item_data)

            fields.append(fields_item)

        board_id = d.pop("board_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        board_item = cls(
            field_id=field_id,
            fields=fields,
            board_id=board_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        board_item.additional_properties = d
        return board_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.board_item_fields_item import BoardItemFieldsItem
