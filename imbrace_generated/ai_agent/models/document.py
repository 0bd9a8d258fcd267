from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="Document")


@_attrs_define(repr=False)
class Document(WireAccess):
    """
    Attributes:
        id (str):
        kind (str):
        content (str):
        version (int):
        title (str | None):
        created_at (str | None):
        user_id (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "id": "id",
        "kind": "kind",
        "content": "content",
        "version": "version",
        "title": "title",
        "createdAt": "created_at",
        "userId": "user_id",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "title",
            "createdAt",
            "userId",
        }
    )

    id: str
    kind: str
    content: str
    version: int
    title: str | None = None
    created_at: str | None = None
    user_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind

        content = self.content

        version = self.version

        title = UNSET if self.title is None else self.title

        created_at = UNSET if self.created_at is None else self.created_at

        user_id = UNSET if self.user_id is None else self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "content": content,
                "version": version,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        kind = d.pop("kind")

        content = d.pop("content")

        version = d.pop("version")

        title = d.pop("title", None)

        created_at = d.pop("createdAt", None)

        user_id = d.pop("userId", None)

        document = cls(
            id=id,
            kind=kind,
            content=content,
            version=version,
            title=title,
            created_at=created_at,
            user_id=user_id,
        )

        document.additional_properties = d
        return document

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
