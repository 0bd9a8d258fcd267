from typing import Literal

CompletionInputResponseFormatType = Literal["json_object", "json_schema", "text"]

COMPLETION_INPUT_RESPONSE_FORMAT_TYPE_VALUES: set[CompletionInputResponseFormatType] = {
    "json_object",
    "json_schema",
    "text",
}


def check_completion_input_response_format_type(value: str) -> CompletionInputResponseFormatType:
    if value in COMPLETION_INPUT_RESPONSE_FORMAT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPLETION_INPUT_RESPONSE_FORMAT_TYPE_VALUES!r}")
