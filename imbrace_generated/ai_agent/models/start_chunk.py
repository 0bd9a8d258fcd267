from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="StartChunk")


@_attrs_define
class StartChunk(WireAccess):
    """
    Attributes:
        type_ (Literal['start']):
        message_id (str | Unset):
        message_metadata (StartChunkMessageMetadata | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "type": "type_",
        "messageId": "message_id",
        "messageMetadata": "message_metadata",
    }

    type_: Literal["start"]
    message_id: str | Unset = UNSET
    message_metadata: StartChunkMessageMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        message_id = self.message_id

        message_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_metadata, Unset):
            message_metadata = self.message_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if message_metadata is not UNSET:
            field_dict["messageMetadata"] = message_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["start"], d.pop("type"))
        if type_ != "start":
            raise ValueError(f"type must match const 'start', got '{type_}'")

        message_id = d.pop("messageId", UNSET)

        _message_metadata = d.pop("messageMetadata", UNSET)
        message_metadata: StartChunkMessageMetadata | Unset
        if isinstance(_message_metadata, Unset):
            message_metadata = UNSET
        else:
            message_metadata = StartChunkMessageMetadata.from_dict(_message_metadata)

        start_chunk = cls(
            type_=type_,
            message_id=message_id,
            message_metadata=message_metadata,
        )

        start_chunk.additional_properties = d
        return start_chunk

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.start_chunk_message_metadata import StartChunkMessageMetadata
