from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ItemFieldValue")


@_attrs_define(repr=False)
class ItemFieldValue(WireAccess):
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

    def to_dict(self) -> dict[str, Any]:
        board_field_id = self.board_field_id

        value = UNSET if self.value is None else self.value

        field_dict: dict[str, Any] = {}

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

        item_field_value = cls(
            board_field_id=board_field_id,
            value=value,
        )

        return item_field_value
