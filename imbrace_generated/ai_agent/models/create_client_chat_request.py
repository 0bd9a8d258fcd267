from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..models.create_client_chat_request_selected_visibility_type import (
    CreateClientChatRequestSelectedVisibilityType,
    check_create_client_chat_request_selected_visibility_type,
)
from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="CreateClientChatRequest")


@_attrs_define(repr=False)
class CreateClientChatRequest(WireAccess):
    """
    Attributes:
        id (str):
        message (ClientMessageInput):
        assistant_id (str | None):
        organization_id (str | None):
        user_id (str | None):
        selected_visibility_type (CreateClientChatRequestSelectedVisibilityType | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "id": "id",
        "message": "message",
        "assistantId": "assistant_id",
        "organizationId": "organization_id",
        "userId": "user_id",
        "selectedVisibilityType": "selected_visibility_type",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "assistantId",
            "organizationId",
            "userId",
            "selectedVisibilityType",
        }
    )

    id: str
    message: ClientMessageInput
    assistant_id: str | None = None
    organization_id: str | None = None
    user_id: str | None = None
    selected_visibility_type: CreateClientChatRequestSelectedVisibilityType | None = None

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message = self.message.to_dict()

        assistant_id = UNSET if self.assistant_id is None else self.assistant_id

        organization_id = UNSET if self.organization_id is None else self.organization_id

        user_id = UNSET if self.user_id is None else self.user_id

        _selected_visibility_type = UNSET if self.selected_visibility_type is None else self.selected_visibility_type

        selected_visibility_type: str | Unset = UNSET
        if not isinstance(_selected_visibility_type, Unset):
            selected_visibility_type = _selected_visibility_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "message": message,
            }
        )
        if assistant_id is not UNSET:
            field_dict["assistantId"] = assistant_id
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if selected_visibility_type is not UNSET:
            field_dict["selectedVisibilityType"] = selected_visibility_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        message = ClientMessageInput.from_dict(d.pop("message"))

        assistant_id = d.pop("assistantId", None)

        organization_id = d.pop("organizationId", None)

        user_id = d.pop("userId", None)

        _selected_visibility_type = d.pop("selectedVisibilityType", None)
        selected_visibility_type = (
            None
            if _selected_visibility_type is None
            else check_create_client_chat_request_selected_visibility_type(_selected_visibility_type)
        )

        create_client_chat_request = cls(
            id=id,
            message=message,
            assistant_id=assistant_id,
            organization_id=organization_id,
            user_id=user_id,
            selected_visibility_type=selected_visibility_type,
        )

        return create_client_chat_request


from ..models.client_message_input import ClientMessageInput
