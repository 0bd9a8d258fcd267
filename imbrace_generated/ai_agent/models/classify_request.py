from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import WireAccess

T = TypeVar("T", bound="ClassifyRequest")


@_attrs_define(repr=False)
class ClassifyRequest(WireAccess):
    """
    Attributes:
        file_id (str):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "file_id": "file_id",
    }

    file_id: str

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file_id": file_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = d.pop("file_id")

        classify_request = cls(
            file_id=file_id,
        )

        return classify_request
