from typing import Literal

UpdateClientChatRequestVisibility = Literal["private", "public"]

UPDATE_CLIENT_CHAT_REQUEST_VISIBILITY_VALUES: set[UpdateClientChatRequestVisibility] = {
    "private",
    "public",
}


def check_update_client_chat_request_visibility(value: str) -> UpdateClientChatRequestVisibility:
    if value in UPDATE_CLIENT_CHAT_REQUEST_VISIBILITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_CLIENT_CHAT_REQUEST_VISIBILITY_VALUES!r}")
