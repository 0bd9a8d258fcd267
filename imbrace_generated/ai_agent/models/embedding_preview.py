from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireAccess

T = TypeVar("T", bound="EmbeddingPreview")


@_attrs_define(repr=False)
class EmbeddingPreview(WireAccess):
    """
    Attributes:
        file_id (str):
        chunks (list[EmbeddingPreviewChunksItem]):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "file_id": "file_id",
        "chunks": "chunks",
    }

    file_id: str
    chunks: list[EmbeddingPreviewChunksItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        chunks = []
        for chunks_item_data in self.chunks:
            chunks_item = chunks_item_data.to_dict()
            chunks.append(chunks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_id": file_id,
                "chunks": chunks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = d.pop("file_id")

        chunks = []
        _chunks = d.pop("chunks")
        for chunks_item_data in _chunks:
            chunks_item = EmbeddingPreviewChunksItem.from_dict(chunks_item_data)

            chunks.append(chunks_item)

        embedding_preview = cls(
            file_id=file_id,
            chunks=chunks,
        )

        embedding_preview.additional_properties = d
        return embedding_preview

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.embedding_preview_chunks_item import EmbeddingPreviewChunksItem
