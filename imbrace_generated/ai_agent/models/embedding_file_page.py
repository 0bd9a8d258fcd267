from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="EmbeddingFilePage")


@_attrs_define(repr=False)
class EmbeddingFilePage(WireAccess):
    """
    Attributes:
        data (list[EmbeddingFile]):
        pagination (EmbeddingFilePagePagination | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "data": "data",
        "pagination": "pagination",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "pagination",
        }
    )

    data: list[EmbeddingFile]
    pagination: EmbeddingFilePagePagination | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        _pagination = UNSET if self.pagination is None else self.pagination

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(_pagination, Unset):
            pagination = _pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = EmbeddingFile.from_dict(data_item_data)

            data.append(data_item)

        _pagination = d.pop("pagination", None)
        pagination = None if _pagination is None else EmbeddingFilePagePagination.from_dict(_pagination)

        embedding_file_page = cls(
            data=data,
            pagination=pagination,
        )

        embedding_file_page.additional_properties = d
        return embedding_file_page

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.embedding_file import EmbeddingFile
from ..models.embedding_file_page_pagination import EmbeddingFilePagePagination
