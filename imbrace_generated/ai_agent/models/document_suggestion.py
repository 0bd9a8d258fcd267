from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="DocumentSuggestion")


@_attrs_define(repr=False)
class DocumentSuggestion(WireAccess):
    """
    Attributes:
        id (str):
        document_id (str):
        original_text (str):
        suggested_text (str):
        description (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "id": "id",
        "documentId": "document_id",
        "originalText": "original_text",
        "suggestedText": "suggested_text",
        "description": "description",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
        }
    )

    id: str
    document_id: str
    original_text: str
    suggested_text: str
    description: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_id = self.document_id

        original_text = self.original_text

        suggested_text = self.suggested_text

        description = UNSET if self.description is None else self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "documentId": document_id,
                "originalText": original_text,
                "suggestedText": suggested_text,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        document_id = d.pop("documentId")

        original_text = d.pop("originalText")

        suggested_text = d.pop("suggestedText")

        description = d.pop("description", None)

        document_suggestion = cls(
            id=id,
            document_id=document_id,
            original_text=original_text,
            suggested_text=suggested_text,
            description=description,
        )

        document_suggestion.additional_properties = d
        return document_suggestion

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
