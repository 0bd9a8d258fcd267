from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ParquetFile")


@_attrs_define(repr=False)
class ParquetFile(WireAccess):
    """
    Attributes:
        name (str): The file's name as `delete_parquet_file` takes it, e.g. `exports/users.parquet`.
        rows (int | None):
        columns (list[str] | None):
        size (int | None):
        url (str | None):
        created_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "rows": "rows",
        "columns": "columns",
        "size": "size",
        "url": "url",
        "created_at": "created_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "rows",
            "columns",
            "size",
            "url",
            "created_at",
        }
    )

    name: str
    rows: int | None = None
    columns: list[str] | None = None
    size: int | None = None
    url: str | None = None
    created_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        rows = UNSET if self.rows is None else self.rows

        _columns = UNSET if self.columns is None else self.columns

        columns: list[str] | Unset = UNSET
        if not isinstance(_columns, Unset):
            columns = _columns

        size = UNSET if self.size is None else self.size

        url = UNSET if self.url is None else self.url

        created_at = UNSET if self.created_at is None else self.created_at

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

        rows = d.pop("rows", None)

        columns = cast(list[str], d.pop("columns", None))

        size = d.pop("size", None)

        url = d.pop("url", None)

        created_at = d.pop("created_at", None)

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
