from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="DataChunk")


@_attrs_define
class DataChunk(WireAccess):
    """A `data-<name>` chunk.

    Attributes:
        type_ (str):
        data (Any):
        id (str | Unset):
        transient (bool | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "type": "type_",
        "data": "data",
        "id": "id",
        "transient": "transient",
    }

    type_: str
    data: Any
    id: str | Unset = UNSET
    transient: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data = self.data

        id = self.id

        transient = self.transient

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

        id = d.pop("id", UNSET)

        transient = d.pop("transient", UNSET)

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
