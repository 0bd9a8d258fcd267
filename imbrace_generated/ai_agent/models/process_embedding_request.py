from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ProcessEmbeddingRequest")


@_attrs_define(repr=False)
class ProcessEmbeddingRequest(WireAccess):
    """
    Attributes:
        file_id (str):
        options (ProcessEmbeddingRequestOptions | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "file_id": "file_id",
        "options": "options",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "options",
        }
    )

    file_id: str
    options: ProcessEmbeddingRequestOptions | None = None

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        _options = UNSET if self.options is None else self.options

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(_options, Unset):
            options = _options.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file_id": file_id,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = d.pop("file_id")

        _options = d.pop("options", None)
        options = None if _options is None else ProcessEmbeddingRequestOptions.from_dict(_options)

        process_embedding_request = cls(
            file_id=file_id,
            options=options,
        )

        return process_embedding_request


from ..models.process_embedding_request_options import ProcessEmbeddingRequestOptions
