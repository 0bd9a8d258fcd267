from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="GenerateParquetRequest")


@_attrs_define(repr=False)
class GenerateParquetRequest(WireAccess):
    """
    Attributes:
        data (list[GenerateParquetRequestDataItem]):
        file_name (str | None):
        folder_name (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "data": "data",
        "fileName": "file_name",
        "folderName": "folder_name",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "fileName",
            "folderName",
        }
    )

    data: list[GenerateParquetRequestDataItem]
    file_name: str | None = None
    folder_name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        file_name = UNSET if self.file_name is None else self.file_name

        folder_name = UNSET if self.folder_name is None else self.folder_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if folder_name is not UNSET:
            field_dict["folderName"] = folder_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = GenerateParquetRequestDataItem.from_dict(data_item_data)

            data.append(data_item)

        file_name = d.pop("fileName", None)

        folder_name = d.pop("folderName", None)

        generate_parquet_request = cls(
            data=data,
            file_name=file_name,
            folder_name=folder_name,
        )

        return generate_parquet_request


from ..models.generate_parquet_request_data_item import GenerateParquetRequestDataItem
