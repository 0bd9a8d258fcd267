from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="BoardCreate")


@_attrs_define(repr=False)
class BoardCreate(WireAccess):
    """
    Attributes:
        name (str):
        description (str | None):
        type_ (str | None): e.g. "DocumentAI"
        fields (list[BoardCreateFieldsItem] | None): Fields to create besides the identifier field every board gets.
        team_ids (list[str] | None):
        show_id (bool | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "description": "description",
        "type": "type_",
        "fields": "fields",
        "team_ids": "team_ids",
        "show_id": "show_id",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "type",
            "fields",
            "team_ids",
            "show_id",
        }
    )

    name: str
    description: str | None = None
    type_: str | None = None
    fields: list[BoardCreateFieldsItem] | None = None
    team_ids: list[str] | None = None
    show_id: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = UNSET if self.description is None else self.description

        type_ = UNSET if self.type_ is None else self.type_

        _fields = UNSET if self.fields is None else self.fields

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_fields, Unset):
            fields = []
            for fields_item_data in _fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        _team_ids = UNSET if self.team_ids is None else self.team_ids

        team_ids: list[str] | Unset = UNSET
        if not isinstance(_team_ids, Unset):
            team_ids = _team_ids

        show_id = UNSET if self.show_id is None else self.show_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if fields is not UNSET:
            field_dict["fields"] = fields
        if team_ids is not UNSET:
            field_dict["team_ids"] = team_ids
        if show_id is not UNSET:
            field_dict["show_id"] = show_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", None)

        type_ = d.pop("type", None)

        _fields = d.pop("fields", UNSET)
        fields: list[BoardCreateFieldsItem] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = BoardCreateFieldsItem.from_dict(fields_item_data)

                fields.append(fields_item)

        if fields is UNSET:
            fields = None

        team_ids = cast(list[str], d.pop("team_ids", None))

        show_id = d.pop("show_id", None)

        board_create = cls(
            name=name,
            description=description,
            type_=type_,
            fields=fields,
            team_ids=team_ids,
            show_id=show_id,
        )

        board_create.additional_properties = d
        return board_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.board_create_fields_item import BoardCreateFieldsItem
