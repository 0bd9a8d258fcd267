from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="BoardField")


@_attrs_define(repr=False)
class BoardField(WireAccess):
    """
    Attributes:
        field_id (str):
        name (str):
        type_ (str):
        is_identifier (bool | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "name": "name",
        "type": "type_",
        "is_identifier": "is_identifier",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "is_identifier",
        }
    )

    field_id: str
    name: str
    type_: str
    is_identifier: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = self.name

        type_ = self.type_

        is_identifier = UNSET if self.is_identifier is None else self.is_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "name": name,
                "type": type_,
            }
        )
        if is_identifier is not UNSET:
            field_dict["is_identifier"] = is_identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        name = d.pop("name")

        type_ = d.pop("type")

        is_identifier = d.pop("is_identifier", None)

        board_field = cls(
            field_id=field_id,
            name=name,
            type_=type_,
            is_identifier=is_identifier,
        )

        board_field.additional_properties = d
        return board_field

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
