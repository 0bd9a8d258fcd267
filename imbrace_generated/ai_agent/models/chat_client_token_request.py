from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ChatClientTokenRequest")


@_attrs_define
class ChatClientTokenRequest(WireAccess):
    """
    Attributes:
        token (str | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "token": "token",
    }

    token: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token", UNSET)

        chat_client_token_request = cls(
            token=token,
        )

        return chat_client_token_request
