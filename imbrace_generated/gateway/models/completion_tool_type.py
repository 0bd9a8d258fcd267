from typing import Literal

CompletionToolType = Literal["function"]

COMPLETION_TOOL_TYPE_VALUES: set[CompletionToolType] = {
    "function",
}


def check_completion_tool_type(value: str) -> CompletionToolType:
    if value in COMPLETION_TOOL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPLETION_TOOL_TYPE_VALUES!r}")
