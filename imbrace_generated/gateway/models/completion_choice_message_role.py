from typing import Literal

CompletionChoiceMessageRole = Literal["assistant", "system", "tool", "user"]

COMPLETION_CHOICE_MESSAGE_ROLE_VALUES: set[CompletionChoiceMessageRole] = {
    "assistant",
    "system",
    "tool",
    "user",
}


def check_completion_choice_message_role(value: str) -> CompletionChoiceMessageRole:
    if value in COMPLETION_CHOICE_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPLETION_CHOICE_MESSAGE_ROLE_VALUES!r}")
