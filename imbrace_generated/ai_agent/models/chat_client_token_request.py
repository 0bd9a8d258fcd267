from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ChatClientTokenRequest")


@_attrs_define(repr=False)
class ChatClientTokenRequest(WireAccess):
    """
    Attributes:
        token (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "token": "token",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "token",
        }
    )

    token: str | None = None

    def to_dict(self) -> dict[str, Any]:
        token = UNSET if self.token is None else self.token

        field_dict: dict[str, Any] = {}

        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token", None)

        chat_client_token_request = cls(
            token=token,
        )

        return chat_client_token_request
