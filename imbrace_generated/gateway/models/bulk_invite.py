from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="BulkInvite")


@_attrs_define(repr=False)
class BulkInvite(WireAccess):
    """Whom to invite. The incumbent passes the body through; `users` is our reading (the mock needs it).

    Attributes:
        users (list[InvitedUser] | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "users": "users",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "users",
        }
    )

    users: list[InvitedUser] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _users = UNSET if self.users is None else self.users

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_users, Unset):
            users = []
            for users_item_data in _users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _users = d.pop("users", UNSET)
        users: list[InvitedUser] | Unset = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = InvitedUser.from_dict(users_item_data)

                users.append(users_item)

        if users is UNSET:
            users = None

        bulk_invite = cls(
            users=users,
        )

        bulk_invite.additional_properties = d
        return bulk_invite

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.invited_user import InvitedUser
