from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="Conversation")


@_attrs_define(repr=False)
class Conversation(WireAccess):
    """docs:reference/conversation.md's Conversation, plus the mock's assignment fields.

    Attributes:
        object_name (str | None):
        id (str | None):
        field_id (str | None):
        organization_id (str | None):
        business_unit_id (str | None):
        channel_id (str | None):
        channel_type (str | None):
        contact_id (str | None):
        team_id (str | None):
        status (str | None):
        name (str | None):
        timestamp (str | None): When the last message came.
        users (list[ConversationUser] | None):
        assignees (list[str] | None):
        members (list[str] | None):
        join_requests (list[str] | None):
        category_id (str | None):
        last_message (Message | None): A conversation message (spec:channel.json; the incumbent's send fields).
        last_activity_at (str | None):
        created_at (str | None):
        updated_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "object_name": "object_name",
        "id": "id",
        "_id": "field_id",
        "organization_id": "organization_id",
        "business_unit_id": "business_unit_id",
        "channel_id": "channel_id",
        "channel_type": "channel_type",
        "contact_id": "contact_id",
        "team_id": "team_id",
        "status": "status",
        "name": "name",
        "timestamp": "timestamp",
        "users": "users",
        "assignees": "assignees",
        "members": "members",
        "join_requests": "join_requests",
        "category_id": "category_id",
        "last_message": "last_message",
        "last_activity_at": "last_activity_at",
        "created_at": "created_at",
        "updated_at": "updated_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "object_name",
            "id",
            "_id",
            "organization_id",
            "business_unit_id",
            "channel_id",
            "channel_type",
            "contact_id",
            "team_id",
            "status",
            "name",
            "timestamp",
            "users",
            "assignees",
            "members",
            "join_requests",
            "category_id",
            "last_message",
            "last_activity_at",
            "created_at",
            "updated_at",
        }
    )

    object_name: str | None = None
    id: str | None = None
    field_id: str | None = None
    organization_id: str | None = None
    business_unit_id: str | None = None
    channel_id: str | None = None
    channel_type: str | None = None
    contact_id: str | None = None
    team_id: str | None = None
    status: str | None = None
    name: str | None = None
    timestamp: str | None = None
    users: list[ConversationUser] | None = None
    assignees: list[str] | None = None
    members: list[str] | None = None
    join_requests: list[str] | None = None
    category_id: str | None = None
    last_message: Message | None = None
    last_activity_at: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_name = UNSET if self.object_name is None else self.object_name

        id = UNSET if self.id is None else self.id

        field_id = UNSET if self.field_id is None else self.field_id

        organization_id = UNSET if self.organization_id is None else self.organization_id

        business_unit_id = UNSET if self.business_unit_id is None else self.business_unit_id

        channel_id = UNSET if self.channel_id is None else self.channel_id

        channel_type = UNSET if self.channel_type is None else self.channel_type

        contact_id = UNSET if self.contact_id is None else self.contact_id

        team_id = UNSET if self.team_id is None else self.team_id

        status = UNSET if self.status is None else self.status

        name = UNSET if self.name is None else self.name

        timestamp = UNSET if self.timestamp is None else self.timestamp

        _users = UNSET if self.users is None else self.users

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_users, Unset):
            users = []
            for users_item_data in _users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        _assignees = UNSET if self.assignees is None else self.assignees

        assignees: list[str] | Unset = UNSET
        if not isinstance(_assignees, Unset):
            assignees = _assignees

        _members = UNSET if self.members is None else self.members

        members: list[str] | Unset = UNSET
        if not isinstance(_members, Unset):
            members = _members

        _join_requests = UNSET if self.join_requests is None else self.join_requests

        join_requests: list[str] | Unset = UNSET
        if not isinstance(_join_requests, Unset):
            join_requests = _join_requests

        category_id = UNSET if self.category_id is None else self.category_id

        _last_message = UNSET if self.last_message is None else self.last_message

        last_message: dict[str, Any] | Unset = UNSET
        if not isinstance(_last_message, Unset):
            last_message = _last_message.to_dict()

        last_activity_at = UNSET if self.last_activity_at is None else self.last_activity_at

        created_at = UNSET if self.created_at is None else self.created_at

        updated_at = UNSET if self.updated_at is None else self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if object_name is not UNSET:
            field_dict["object_name"] = object_name
        if id is not UNSET:
            field_dict["id"] = id
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if business_unit_id is not UNSET:
            field_dict["business_unit_id"] = business_unit_id
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if channel_type is not UNSET:
            field_dict["channel_type"] = channel_type
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if status is not UNSET:
            field_dict["status"] = status
        if name is not UNSET:
            field_dict["name"] = name
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if users is not UNSET:
            field_dict["users"] = users
        if assignees is not UNSET:
            field_dict["assignees"] = assignees
        if members is not UNSET:
            field_dict["members"] = members
        if join_requests is not UNSET:
            field_dict["join_requests"] = join_requests
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if last_message is not UNSET:
            field_dict["last_message"] = last_message
        if last_activity_at is not UNSET:
            field_dict["last_activity_at"] = last_activity_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_name = d.pop("object_name", None)

        id = d.pop("id", None)

        field_id = d.pop("_id", None)

        organization_id = d.pop("organization_id", None)

        business_unit_id = d.pop("business_unit_id", None)

        channel_id = d.pop("channel_id", None)

        channel_type = d.pop("channel_type", None)

        contact_id = d.pop("contact_id", None)

        team_id = d.pop("team_id", None)

        status = d.pop("status", None)

        name = d.pop("name", None)

        timestamp = d.pop("timestamp", None)

        _users = d.pop("users", UNSET)
        users: list[ConversationUser] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = ConversationUser.from_dict(users_item_data)

                users.append(users_item)

        if users is UNSET:
            users = None

        assignees = cast(list[str], d.pop("assignees", None))

        members = cast(list[str], d.pop("members", None))

        join_requests = cast(list[str], d.pop("join_requests", None))

        category_id = d.pop("category_id", None)

        _last_message = d.pop("last_message", None)
        last_message = None if _last_message is None else Message.from_dict(_last_message)

        last_activity_at = d.pop("last_activity_at", None)

        created_at = d.pop("created_at", None)

        updated_at = d.pop("updated_at", None)

        conversation = cls(
            object_name=object_name,
            id=id,
            field_id=field_id,
            organization_id=organization_id,
            business_unit_id=business_unit_id,
            channel_id=channel_id,
            channel_type=channel_type,
            contact_id=contact_id,
            team_id=team_id,
            status=status,
            name=name,
            timestamp=timestamp,
            users=users,
            assignees=assignees,
            members=members,
            join_requests=join_requests,
            category_id=category_id,
            last_message=last_message,
            last_activity_at=last_activity_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        conversation.additional_properties = d
        return conversation

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.conversation_user import ConversationUser
from ..models.message import Message
