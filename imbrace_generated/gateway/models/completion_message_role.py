from typing import Literal

CompletionMessageRole = Literal["assistant", "system", "tool", "user"]

COMPLETION_MESSAGE_ROLE_VALUES: set[CompletionMessageRole] = {
    "assistant",
    "system",
    "tool",
    "user",
}


def check_completion_message_role(value: str) -> CompletionMessageRole:
    if value in COMPLETION_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPLETION_MESSAGE_ROLE_VALUES!r}")
