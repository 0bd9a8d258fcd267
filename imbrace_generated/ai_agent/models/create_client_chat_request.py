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


@_attrs_define
class CreateClientChatRequest(WireAccess):
    """
    Attributes:
        id (str):
        message (ClientMessageInput):
        assistant_id (str | Unset):
        organization_id (str | Unset):
        user_id (str | Unset):
        selected_visibility_type (CreateClientChatRequestSelectedVisibilityType | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "id": "id",
        "message": "message",
        "assistantId": "assistant_id",
        "organizationId": "organization_id",
        "userId": "user_id",
        "selectedVisibilityType": "selected_visibility_type",
    }

    id: str
    message: ClientMessageInput
    assistant_id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    selected_visibility_type: CreateClientChatRequestSelectedVisibilityType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message = self.message.to_dict()

        assistant_id = self.assistant_id

        organization_id = self.organization_id

        user_id = self.user_id

        selected_visibility_type: str | Unset = UNSET
        if not isinstance(self.selected_visibility_type, Unset):
            selected_visibility_type = self.selected_visibility_type

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

        assistant_id = d.pop("assistantId", UNSET)

        organization_id = d.pop("organizationId", UNSET)

        user_id = d.pop("userId", UNSET)

        _selected_visibility_type = d.pop("selectedVisibilityType", UNSET)
        selected_visibility_type: CreateClientChatRequestSelectedVisibilityType | Unset
        if isinstance(_selected_visibility_type, Unset):
            selected_visibility_type = UNSET
        else:
            selected_visibility_type = check_create_client_chat_request_selected_visibility_type(
                _selected_visibility_type
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
