from typing import Literal

CompletionNamedToolChoiceType = Literal["function"]

COMPLETION_NAMED_TOOL_CHOICE_TYPE_VALUES: set[CompletionNamedToolChoiceType] = {
    "function",
}


def check_completion_named_tool_choice_type(value: str) -> CompletionNamedToolChoiceType:
    if value in COMPLETION_NAMED_TOOL_CHOICE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPLETION_NAMED_TOOL_CHOICE_TYPE_VALUES!r}")
