from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..models.update_client_chat_request_visibility import (
    UpdateClientChatRequestVisibility,
    check_update_client_chat_request_visibility,
)
from ..types import WireAccess

T = TypeVar("T", bound="UpdateClientChatRequest")


@_attrs_define(repr=False)
class UpdateClientChatRequest(WireAccess):
    """
    Attributes:
        visibility (UpdateClientChatRequestVisibility):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "visibility": "visibility",
    }

    visibility: UpdateClientChatRequestVisibility

    def to_dict(self) -> dict[str, Any]:
        visibility: str = self.visibility

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "visibility": visibility,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        visibility = check_update_client_chat_request_visibility(d.pop("visibility"))

        update_client_chat_request = cls(
            visibility=visibility,
        )

        return update_client_chat_request
