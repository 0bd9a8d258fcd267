from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ParquetFile")


@_attrs_define
class ParquetFile(WireAccess):
    """
    Attributes:
        name (str): The file's name as `delete_parquet_file` takes it, e.g. `exports/users.parquet`.
        rows (int | Unset):
        columns (list[str] | Unset):
        size (int | Unset):
        url (str | Unset):
        created_at (str | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "rows": "rows",
        "columns": "columns",
        "size": "size",
        "url": "url",
        "created_at": "created_at",
    }

    name: str
    rows: int | Unset = UNSET
    columns: list[str] | Unset = UNSET
    size: int | Unset = UNSET
    url: str | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        rows = self.rows

        columns: list[str] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = self.columns

        size = self.size

        url = self.url

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if rows is not UNSET:
            field_dict["rows"] = rows
        if columns is not UNSET:
            field_dict["columns"] = columns
        if size is not UNSET:
            field_dict["size"] = size
        if url is not UNSET:
            field_dict["url"] = url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        rows = d.pop("rows", UNSET)

        columns = cast(list[str], d.pop("columns", UNSET))

        size = d.pop("size", UNSET)

        url = d.pop("url", UNSET)

        created_at = d.pop("created_at", UNSET)

        parquet_file = cls(
            name=name,
            rows=rows,
            columns=columns,
            size=size,
            url=url,
            created_at=created_at,
        )

        parquet_file.additional_properties = d
        return parquet_file

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
