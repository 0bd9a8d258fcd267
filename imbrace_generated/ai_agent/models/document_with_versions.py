from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="DocumentWithVersions")


@_attrs_define
class DocumentWithVersions(WireAccess):
    """
    Attributes:
        id (str):
        kind (str):
        content (str):
        version (int):
        versions (list[Document]):
        title (str | Unset):
        created_at (str | Unset):
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

    id: str
    kind: str
    content: str
    version: int
    versions: list[Document]
    title: str | Unset = UNSET
    created_at: str | Unset = UNSET
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

        title = self.title

        created_at = self.created_at

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

        title = d.pop("title", UNSET)

        created_at = d.pop("createdAt", UNSET)

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
