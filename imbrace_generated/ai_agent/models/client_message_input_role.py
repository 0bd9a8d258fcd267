from typing import Literal

ClientMessageInputRole = Literal["assistant", "system", "tool", "user"]

CLIENT_MESSAGE_INPUT_ROLE_VALUES: set[ClientMessageInputRole] = {
    "assistant",
    "system",
    "tool",
    "user",
}


def check_client_message_input_role(value: str) -> ClientMessageInputRole:
    if value in CLIENT_MESSAGE_INPUT_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIENT_MESSAGE_INPUT_ROLE_VALUES!r}")
