from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="FinishChunk")


@_attrs_define(repr=False)
class FinishChunk(WireAccess):
    """
    Attributes:
        type_ (Literal['finish']):
        finish_reason (str | None): stop, length, content-filter, tool-calls, error, interrupted or other
        message_metadata (FinishChunkMessageMetadata | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "type": "type_",
        "finishReason": "finish_reason",
        "messageMetadata": "message_metadata",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "finishReason",
            "messageMetadata",
        }
    )

    type_: Literal["finish"]
    finish_reason: str | None = None
    message_metadata: FinishChunkMessageMetadata | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        finish_reason = UNSET if self.finish_reason is None else self.finish_reason

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
        if finish_reason is not UNSET:
            field_dict["finishReason"] = finish_reason
        if message_metadata is not UNSET:
            field_dict["messageMetadata"] = message_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["finish"], d.pop("type"))
        if type_ != "finish":
            raise ValueError(f"type must match const 'finish', got '{type_}'")

        finish_reason = d.pop("finishReason", None)

        _message_metadata = d.pop("messageMetadata", None)
        message_metadata = (
            None if _message_metadata is None else FinishChunkMessageMetadata.from_dict(_message_metadata)
        )

        finish_chunk = cls(
            type_=type_,
            finish_reason=finish_reason,
            message_metadata=message_metadata,
        )

        finish_chunk.additional_properties = d
        return finish_chunk

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.finish_chunk_message_metadata import FinishChunkMessageMetadata
