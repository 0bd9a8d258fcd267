from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="DataChunk")


@_attrs_define(repr=False)
class DataChunk(WireAccess):
    """A `data-<name>` chunk.

    Attributes:
        type_ (str):
        data (Any):
        id (str | None):
        transient (bool | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "type": "type_",
        "data": "data",
        "id": "id",
        "transient": "transient",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "transient",
        }
    )

    type_: str
    data: Any
    id: str | None = None
    transient: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data = self.data

        id = UNSET if self.id is None else self.id

        transient = UNSET if self.transient is None else self.transient

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "data": data,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if transient is not UNSET:
            field_dict["transient"] = transient

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        data = d.pop("data")

        id = d.pop("id", None)

        transient = d.pop("transient", None)

        data_chunk = cls(
            type_=type_,
            data=data,
            id=id,
            transient=transient,
        )

        data_chunk.additional_properties = d
        return data_chunk

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
