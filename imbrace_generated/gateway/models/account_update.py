from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="AccountUpdate")


@_attrs_define(repr=False)
class AccountUpdate(WireAccess):
    """The profile fields to change; only those given change.

    Attributes:
        display_name (str | None):
        first_name (str | None):
        last_name (str | None):
        phone_number (str | None):
        language (str | None):
        avatar_url (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "display_name": "display_name",
        "first_name": "first_name",
        "last_name": "last_name",
        "phone_number": "phone_number",
        "language": "language",
        "avatar_url": "avatar_url",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "display_name",
            "first_name",
            "last_name",
            "phone_number",
            "language",
            "avatar_url",
        }
    )

    display_name: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    phone_number: str | None = None
    language: str | None = None
    avatar_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = UNSET if self.display_name is None else self.display_name

        first_name = UNSET if self.first_name is None else self.first_name

        last_name = UNSET if self.last_name is None else self.last_name

        phone_number = UNSET if self.phone_number is None else self.phone_number

        language = UNSET if self.language is None else self.language

        avatar_url = UNSET if self.avatar_url is None else self.avatar_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if language is not UNSET:
            field_dict["language"] = language
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("display_name", None)

        first_name = d.pop("first_name", None)

        last_name = d.pop("last_name", None)

        phone_number = d.pop("phone_number", None)

        language = d.pop("language", None)

        avatar_url = d.pop("avatar_url", None)

        account_update = cls(
            display_name=display_name,
            first_name=first_name,
            last_name=last_name,
            phone_number=phone_number,
            language=language,
            avatar_url=avatar_url,
        )

        account_update.additional_properties = d
        return account_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
