from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..models.embedding_status_update_status import EmbeddingStatusUpdateStatus, check_embedding_status_update_status
from ..types import WireAccess

T = TypeVar("T", bound="EmbeddingStatusUpdate")


@_attrs_define(repr=False)
class EmbeddingStatusUpdate(WireAccess):
    """
    Attributes:
        status (EmbeddingStatusUpdateStatus):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "status": "status",
    }

    status: EmbeddingStatusUpdateStatus

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_embedding_status_update_status(d.pop("status"))

        embedding_status_update = cls(
            status=status,
        )

        return embedding_status_update
