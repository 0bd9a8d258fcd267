from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define

from ..types import WireAccess

T = TypeVar("T", bound="IdList")


@_attrs_define(repr=False)
class IdList(WireAccess):
    """
    Attributes:
        ids (list[str]):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "ids": "ids",
    }

    ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ids": ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids"))

        id_list = cls(
            ids=ids,
        )

        return id_list
