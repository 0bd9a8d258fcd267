from typing import Literal

CreateClientChatRequestSelectedVisibilityType = Literal["private", "public"]

CREATE_CLIENT_CHAT_REQUEST_SELECTED_VISIBILITY_TYPE_VALUES: set[CreateClientChatRequestSelectedVisibilityType] = {
    "private",
    "public",
}


def check_create_client_chat_request_selected_visibility_type(
    value: str,
) -> CreateClientChatRequestSelectedVisibilityType:
    if value in CREATE_CLIENT_CHAT_REQUEST_SELECTED_VISIBILITY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CLIENT_CHAT_REQUEST_SELECTED_VISIBILITY_TYPE_VALUES!r}"
    )
