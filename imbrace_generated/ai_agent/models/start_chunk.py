from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="StartChunk")


@_attrs_define(repr=False)
class StartChunk(WireAccess):
    """
    Attributes:
        type_ (Literal['start']):
        message_id (str | None):
        message_metadata (StartChunkMessageMetadata | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "type": "type_",
        "messageId": "message_id",
        "messageMetadata": "message_metadata",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "messageId",
            "messageMetadata",
        }
    )

    type_: Literal["start"]
    message_id: str | None = None
    message_metadata: StartChunkMessageMetadata | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        message_id = UNSET if self.message_id is None else self.message_id

        _message_metadata = UNSET if self.message_metadata is None else self.message_metadata

        message_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(_message_metadata, Unset):
            message_metadata = _message_metadata.to_dict()

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

        message_id = d.pop("messageId", None)

        _message_metadata = d.pop("messageMetadata", None)
        message_metadata = None if _message_metadata is None else StartChunkMessageMetadata.from_dict(_message_metadata)

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
