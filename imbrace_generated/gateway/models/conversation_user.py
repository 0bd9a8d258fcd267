from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ConversationUser")


@_attrs_define(repr=False)
class ConversationUser(WireAccess):
    """A SimpleUser (docs); `_id` and `name` as getInvitableUsers shows them.

    Attributes:
        field_id (str | None):
        id (str | None):
        name (str | None):
        email (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "id": "id",
        "name": "name",
        "email": "email",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "_id",
            "id",
            "name",
            "email",
        }
    )

    field_id: str | None = None
    id: str | None = None
    name: str | None = None
    email: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = UNSET if self.field_id is None else self.field_id

        id = UNSET if self.id is None else self.id

        name = UNSET if self.name is None else self.name

        email = UNSET if self.email is None else self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", None)

        id = d.pop("id", None)

        name = d.pop("name", None)

        email = d.pop("email", None)

        conversation_user = cls(
            field_id=field_id,
            id=id,
            name=name,
            email=email,
        )

        conversation_user.additional_properties = d
        return conversation_user

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
