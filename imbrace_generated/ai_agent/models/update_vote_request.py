from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..models.update_vote_request_vote import UpdateVoteRequestVote, check_update_vote_request_vote
from ..types import UNSET, WireAccess

T = TypeVar("T", bound="UpdateVoteRequest")


@_attrs_define(repr=False)
class UpdateVoteRequest(WireAccess):
    """
    Attributes:
        message_id (str):
        vote (UpdateVoteRequestVote):
        chat_id (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "messageId": "message_id",
        "vote": "vote",
        "chatId": "chat_id",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "chatId",
        }
    )

    message_id: str
    vote: UpdateVoteRequestVote
    chat_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        vote: str = self.vote

        chat_id = UNSET if self.chat_id is None else self.chat_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "messageId": message_id,
                "vote": vote,
            }
        )
        if chat_id is not UNSET:
            field_dict["chatId"] = chat_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("messageId")

        vote = check_update_vote_request_vote(d.pop("vote"))

        chat_id = d.pop("chatId", None)

        update_vote_request = cls(
            message_id=message_id,
            vote=vote,
            chat_id=chat_id,
        )

        return update_vote_request
