from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import WireAccess

T = TypeVar("T", bound="RegisterChatClientRequest")


@_attrs_define(repr=False)
class RegisterChatClientRequest(WireAccess):
    """
    Attributes:
        name (str):
        secret (str):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "secret": "secret",
    }

    name: str
    secret: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        secret = self.secret

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "secret": secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        secret = d.pop("secret")

        register_chat_client_request = cls(
            name=name,
            secret=secret,
        )

        return register_chat_client_request
