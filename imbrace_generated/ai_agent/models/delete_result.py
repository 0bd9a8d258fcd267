from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="DeleteResult")


@_attrs_define(repr=False)
class DeleteResult(WireAccess):
    """
    Attributes:
        deleted (Any | None):
        id (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "deleted": "deleted",
        "id": "id",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "deleted",
            "id",
        }
    )

    deleted: Any | None = None
    id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted = UNSET if self.deleted is None else self.deleted

        id = UNSET if self.id is None else self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deleted = d.pop("deleted", None)

        id = d.pop("id", None)

        delete_result = cls(
            deleted=deleted,
            id=id,
        )

        delete_result.additional_properties = d
        return delete_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
