from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import WireAccess

T = TypeVar("T", bound="ChatClientTokenRequired")


@_attrs_define(repr=False)
class ChatClientTokenRequired(WireAccess):
    """
    Attributes:
        token (str):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "token": "token",
    }

    token: str

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        chat_client_token_required = cls(
            token=token,
        )

        return chat_client_token_required
