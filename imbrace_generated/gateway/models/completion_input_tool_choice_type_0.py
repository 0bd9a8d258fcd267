from typing import Literal

CompletionInputToolChoiceType0 = Literal["auto", "none", "required"]

COMPLETION_INPUT_TOOL_CHOICE_TYPE_0_VALUES: set[CompletionInputToolChoiceType0] = {
    "auto",
    "none",
    "required",
}


def check_completion_input_tool_choice_type_0(value: str) -> CompletionInputToolChoiceType0:
    if value in COMPLETION_INPUT_TOOL_CHOICE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPLETION_INPUT_TOOL_CHOICE_TYPE_0_VALUES!r}")
