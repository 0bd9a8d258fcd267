from typing import Literal

PersistClientMessageRequestRole = Literal["assistant", "system", "tool", "user"]

PERSIST_CLIENT_MESSAGE_REQUEST_ROLE_VALUES: set[PersistClientMessageRequestRole] = {
    "assistant",
    "system",
    "tool",
    "user",
}


def check_persist_client_message_request_role(value: str) -> PersistClientMessageRequestRole:
    if value in PERSIST_CLIENT_MESSAGE_REQUEST_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PERSIST_CLIENT_MESSAGE_REQUEST_ROLE_VALUES!r}")
