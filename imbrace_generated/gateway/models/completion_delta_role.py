from typing import Literal

CompletionDeltaRole = Literal["assistant", "system", "tool", "user"]

COMPLETION_DELTA_ROLE_VALUES: set[CompletionDeltaRole] = {
    "assistant",
    "system",
    "tool",
    "user",
}


def check_completion_delta_role(value: str) -> CompletionDeltaRole:
    if value in COMPLETION_DELTA_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPLETION_DELTA_ROLE_VALUES!r}")
