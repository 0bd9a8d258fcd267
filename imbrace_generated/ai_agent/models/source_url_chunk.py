from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="SourceUrlChunk")


@_attrs_define(repr=False)
class SourceUrlChunk(WireAccess):
    """
    Attributes:
        type_ (Literal['source-url']):
        source_id (str):
        url (str):
        title (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "type": "type_",
        "sourceId": "source_id",
        "url": "url",
        "title": "title",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "title",
        }
    )

    type_: Literal["source-url"]
    source_id: str
    url: str
    title: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        source_id = self.source_id

        url = self.url

        title = UNSET if self.title is None else self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sourceId": source_id,
                "url": url,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["source-url"], d.pop("type"))
        if type_ != "source-url":
            raise ValueError(f"type must match const 'source-url', got '{type_}'")

        source_id = d.pop("sourceId")

        url = d.pop("url")

        title = d.pop("title", None)

        source_url_chunk = cls(
            type_=type_,
            source_id=source_id,
            url=url,
            title=title,
        )

        source_url_chunk.additional_properties = d
        return source_url_chunk

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
