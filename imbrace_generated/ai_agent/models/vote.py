from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="Vote")


@_attrs_define(repr=False)
class Vote(WireAccess):
    """
    Attributes:
        chat_id (str):
        message_id (str):
        vote (str):
        is_upvoted (bool | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "chatId": "chat_id",
        "messageId": "message_id",
        "vote": "vote",
        "isUpvoted": "is_upvoted",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "isUpvoted",
        }
    )

    chat_id: str
    message_id: str
    vote: str
    is_upvoted: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat_id = self.chat_id

        message_id = self.message_id

        vote = self.vote

        is_upvoted = UNSET if self.is_upvoted is None else self.is_upvoted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chatId": chat_id,
                "messageId": message_id,
                "vote": vote,
            }
        )
        if is_upvoted is not UNSET:
            field_dict["isUpvoted"] = is_upvoted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_id = d.pop("chatId")

        message_id = d.pop("messageId")

        vote = d.pop("vote")

        is_upvoted = d.pop("isUpvoted", None)

        vote = cls(
            chat_id=chat_id,
            message_id=message_id,
            vote=vote,
            is_upvoted=is_upvoted,
        )

        vote.additional_properties = d
        return vote

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
