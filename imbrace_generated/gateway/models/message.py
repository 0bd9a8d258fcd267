from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="Message")


@_attrs_define(repr=False)
class Message(WireAccess):
    """A conversation message (spec:channel.json; the incumbent's send fields).

    Attributes:
        id (str | None):
        field_id (str | None):
        conversation_id (str | None):
        type_ (str | None):
        text (str | None):
        url (str | None):
        caption (str | None):
        title (str | None):
        payload (Any | None): A rich payload (quick replies, a card), as the channel takes it.
        sender (str | None): `contact` or `agent`.
        user_id (str | None):
        contact_id (str | None):
        pinned (bool | None):
        comments (list[MessageComment] | None):
        created_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "id": "id",
        "_id": "field_id",
        "conversation_id": "conversation_id",
        "type": "type_",
        "text": "text",
        "url": "url",
        "caption": "caption",
        "title": "title",
        "payload": "payload",
        "sender": "sender",
        "user_id": "user_id",
        "contact_id": "contact_id",
        "pinned": "pinned",
        "comments": "comments",
        "created_at": "created_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "_id",
            "conversation_id",
            "type",
            "text",
            "url",
            "caption",
            "title",
            "payload",
            "sender",
            "user_id",
            "contact_id",
            "pinned",
            "comments",
            "created_at",
        }
    )

    id: str | None = None
    field_id: str | None = None
    conversation_id: str | None = None
    type_: str | None = None
    text: str | None = None
    url: str | None = None
    caption: str | None = None
    title: str | None = None
    payload: Any | None = None
    sender: str | None = None
    user_id: str | None = None
    contact_id: str | None = None
    pinned: bool | None = None
    comments: list[MessageComment] | None = None
    created_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = UNSET if self.id is None else self.id

        field_id = UNSET if self.field_id is None else self.field_id

        conversation_id = UNSET if self.conversation_id is None else self.conversation_id

        type_ = UNSET if self.type_ is None else self.type_

        text = UNSET if self.text is None else self.text

        url = UNSET if self.url is None else self.url

        caption = UNSET if self.caption is None else self.caption

        title = UNSET if self.title is None else self.title

        payload = UNSET if self.payload is None else self.payload

        sender = UNSET if self.sender is None else self.sender

        user_id = UNSET if self.user_id is None else self.user_id

        contact_id = UNSET if self.contact_id is None else self.contact_id

        pinned = UNSET if self.pinned is None else self.pinned

        _comments = UNSET if self.comments is None else self.comments

        comments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_comments, Unset):
            comments = []
            for comments_item_data in _comments:
                comments_item = comments_item_data.to_dict()
                comments.append(comments_item)

        created_at = UNSET if self.created_at is None else self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if url is not UNSET:
            field_dict["url"] = url
        if caption is not UNSET:
            field_dict["caption"] = caption
        if title is not UNSET:
            field_dict["title"] = title
        if payload is not UNSET:
            field_dict["payload"] = payload
        if sender is not UNSET:
            field_dict["sender"] = sender
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if pinned is not UNSET:
            field_dict["pinned"] = pinned
        if comments is not UNSET:
            field_dict["comments"] = comments
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", None)

        field_id = d.pop("_id", None)

        conversation_id = d.pop("conversation_id", None)

        type_ = d.pop("type", None)

        text = d.pop("text", None)

        url = d.pop("url", None)

        caption = d.pop("caption", None)

        title = d.pop("title", None)

        payload = d.pop("payload", None)

        sender = d.pop("sender", None)

        user_id = d.pop("user_id", None)

        contact_id = d.pop("contact_id", None)

        pinned = d.pop("pinned", None)

        _comments = d.pop("comments", UNSET)
        comments: list[MessageComment] | Unset = UNSET
        if _comments is not UNSET:
            comments = []
            for comments_item_data in _comments:
                comments_item = MessageComment.from_dict(comments_item_data)

                comments.append(comments_item)

        if comments is UNSET:
            comments = None

        created_at = d.pop("created_at", None)

        message = cls(
            id=id,
            field_id=field_id,
            conversation_id=conversation_id,
            type_=type_,
            text=text,
            url=url,
            caption=caption,
            title=title,
            payload=payload,
            sender=sender,
            user_id=user_id,
            contact_id=contact_id,
            pinned=pinned,
            comments=comments,
            created_at=created_at,
        )

        message.additional_properties = d
        return message

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.message_comment import MessageComment
