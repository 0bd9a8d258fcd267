from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ChatClientUser")


@_attrs_define(repr=False)
class ChatClientUser(WireAccess):
    """
    Attributes:
        id (str):
        name (str | None):
        email (str | None):
        organization_id (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "email": "email",
        "organization_id": "organization_id",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "email",
            "organization_id",
        }
    )

    id: str
    name: str | None = None
    email: str | None = None
    organization_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = UNSET if self.name is None else self.name

        email = UNSET if self.email is None else self.email

        organization_id = UNSET if self.organization_id is None else self.organization_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", None)

        email = d.pop("email", None)

        organization_id = d.pop("organization_id", None)

        chat_client_user = cls(
            id=id,
            name=name,
            email=email,
            organization_id=organization_id,
        )

        chat_client_user.additional_properties = d
        return chat_client_user

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
