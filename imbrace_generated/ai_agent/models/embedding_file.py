from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="EmbeddingFile")


@_attrs_define(repr=False)
class EmbeddingFile(WireAccess):
    """
    Attributes:
        file_id (str):
        status (str):
        field_id (str | None):
        chunks (int | None):
        options (EmbeddingFileOptions | None):
        created_at (str | None):
        updated_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "file_id": "file_id",
        "status": "status",
        "_id": "field_id",
        "chunks": "chunks",
        "options": "options",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "_id",
            "chunks",
            "options",
            "created_at",
            "updated_at",
        }
    )

    file_id: str
    status: str
    field_id: str | None = None
    chunks: int | None = None
    options: EmbeddingFileOptions | None = None
    created_at: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        status = self.status

        field_id = UNSET if self.field_id is None else self.field_id

        chunks = UNSET if self.chunks is None else self.chunks

        _options = UNSET if self.options is None else self.options

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(_options, Unset):
            options = _options.to_dict()

        created_at = UNSET if self.created_at is None else self.created_at

        updated_at = UNSET if self.updated_at is None else self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_id": file_id,
                "status": status,
            }
        )
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if chunks is not UNSET:
            field_dict["chunks"] = chunks
        if options is not UNSET:
            field_dict["options"] = options
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = d.pop("file_id")

        status = d.pop("status")

        field_id = d.pop("_id", None)

        chunks = d.pop("chunks", None)

        _options = d.pop("options", None)
        options = None if _options is None else EmbeddingFileOptions.from_dict(_options)

        created_at = d.pop("created_at", None)

        updated_at = d.pop("updated_at", None)

        embedding_file = cls(
            file_id=file_id,
            status=status,
            field_id=field_id,
            chunks=chunks,
            options=options,
            created_at=created_at,
            updated_at=updated_at,
        )

        embedding_file.additional_properties = d
        return embedding_file

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.embedding_file_options import EmbeddingFileOptions
