from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="DocumentWithVersions")


@_attrs_define(repr=False)
class DocumentWithVersions(WireAccess):
    """
    Attributes:
        id (str):
        kind (str):
        content (str):
        version (int):
        versions (list[Document]):
        title (str | None):
        created_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "id": "id",
        "kind": "kind",
        "content": "content",
        "version": "version",
        "versions": "versions",
        "title": "title",
        "createdAt": "created_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "title",
            "createdAt",
        }
    )

    id: str
    kind: str
    content: str
    version: int
    versions: list[Document]
    title: str | None = None
    created_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind

        content = self.content

        version = self.version

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)

        title = UNSET if self.title is None else self.title

        created_at = UNSET if self.created_at is None else self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "content": content,
                "version": version,
                "versions": versions,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        kind = d.pop("kind")

        content = d.pop("content")

        version = d.pop("version")

        versions = []
        _versions = d.pop("versions")
        for versions_item_data in _versions:
            versions_item = Document.from_dict(versions_item_data)

            versions.append(versions_item)

        title = d.pop("title", None)

        created_at = d.pop("createdAt", None)

        document_with_versions = cls(
            id=id,
            kind=kind,
            content=content,
            version=version,
            versions=versions,
            title=title,
            created_at=created_at,
        )

        document_with_versions.additional_properties = d
        return document_with_versions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.document import Document
