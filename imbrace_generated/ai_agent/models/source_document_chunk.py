from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="SourceDocumentChunk")


@_attrs_define(repr=False)
class SourceDocumentChunk(WireAccess):
    """
    Attributes:
        type_ (Literal['source-document']):
        source_id (str):
        media_type (str):
        title (str):
        filename (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "type": "type_",
        "sourceId": "source_id",
        "mediaType": "media_type",
        "title": "title",
        "filename": "filename",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "filename",
        }
    )

    type_: Literal["source-document"]
    source_id: str
    media_type: str
    title: str
    filename: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        source_id = self.source_id

        media_type = self.media_type

        title = self.title

        filename = UNSET if self.filename is None else self.filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sourceId": source_id,
                "mediaType": media_type,
                "title": title,
            }
        )
        if filename is not UNSET:
            field_dict["filename"] = filename

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["source-document"], d.pop("type"))
        if type_ != "source-document":
            raise ValueError(f"type must match const 'source-document', got '{type_}'")

        source_id = d.pop("sourceId")

        media_type = d.pop("mediaType")

        title = d.pop("title")

        filename = d.pop("filename", None)

        source_document_chunk = cls(
            type_=type_,
            source_id=source_id,
            media_type=media_type,
            title=title,
            filename=filename,
        )

        source_document_chunk.additional_properties = d
        return source_document_chunk

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
