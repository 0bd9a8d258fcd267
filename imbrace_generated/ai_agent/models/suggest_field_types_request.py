from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define

from ..types import WireAccess

T = TypeVar("T", bound="SuggestFieldTypesRequest")


@_attrs_define(repr=False)
class SuggestFieldTypesRequest(WireAccess):
    """
    Attributes:
        file_urls (list[str]):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "file_urls": "file_urls",
    }

    file_urls: list[str]

    def to_dict(self) -> dict[str, Any]:
        file_urls = self.file_urls

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file_urls": file_urls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_urls = cast(list[str], d.pop("file_urls"))

        suggest_field_types_request = cls(
            file_urls=file_urls,
        )

        return suggest_field_types_request
