from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireAccess

T = TypeVar("T", bound="MessageMetadataChunk")


@_attrs_define(repr=False)
class MessageMetadataChunk(WireAccess):
    """
    Attributes:
        type_ (Literal['message-metadata']):
        message_metadata (MessageMetadataChunkMessageMetadata):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "type": "type_",
        "messageMetadata": "message_metadata",
    }

    type_: Literal["message-metadata"]
    message_metadata: MessageMetadataChunkMessageMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        message_metadata = self.message_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "messageMetadata": message_metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["message-metadata"], d.pop("type"))
        if type_ != "message-metadata":
            raise ValueError(f"type must match const 'message-metadata', got '{type_}'")

        message_metadata = MessageMetadataChunkMessageMetadata.from_dict(d.pop("messageMetadata"))

        message_metadata_chunk = cls(
            type_=type_,
            message_metadata=message_metadata,
        )

        message_metadata_chunk.additional_properties = d
        return message_metadata_chunk

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.message_metadata_chunk_message_metadata import MessageMetadataChunkMessageMetadata
