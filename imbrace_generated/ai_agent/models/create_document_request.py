from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="CreateDocumentRequest")


@_attrs_define(repr=False)
class CreateDocumentRequest(WireAccess):
    """
    Attributes:
        kind (str):
        content (str):
        id (str | None): Omit to create a new document; repeat to add a version.
        title (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "kind": "kind",
        "content": "content",
        "id": "id",
        "title": "title",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "title",
        }
    )

    kind: str
    content: str
    id: str | None = None
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        content = self.content

        id = UNSET if self.id is None else self.id

        title = UNSET if self.title is None else self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "content": content,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")

        content = d.pop("content")

        id = d.pop("id", None)

        title = d.pop("title", None)

        create_document_request = cls(
            kind=kind,
            content=content,
            id=id,
            title=title,
        )

        return create_document_request
