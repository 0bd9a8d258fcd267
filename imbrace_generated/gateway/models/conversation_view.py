from typing import Literal

ConversationView = Literal["all", "mine", "outstanding", "team"]

CONVERSATION_VIEW_VALUES: set[ConversationView] = {
    "all",
    "mine",
    "outstanding",
    "team",
}


def check_conversation_view(value: str) -> ConversationView:
    if value in CONVERSATION_VIEW_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONVERSATION_VIEW_VALUES!r}")
