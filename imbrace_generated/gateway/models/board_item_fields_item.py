from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="BoardItemFieldsItem")


@_attrs_define(repr=False)
class BoardItemFieldsItem(WireAccess):
    """
    Attributes:
        board_field_id (str):
        value (Any | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "board_field_id": "board_field_id",
        "value": "value",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "value",
        }
    )

    board_field_id: str
    value: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        board_field_id = self.board_field_id

        value = UNSET if self.value is None else self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "board_field_id": board_field_id,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        board_field_id = d.pop("board_field_id")

        value = d.pop("value", None)

        board_item_fields_item = cls(
            board_field_id=board_field_id,
            value=value,
        )

        board_item_fields_item.additional_properties = d
        return board_item_fields_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
