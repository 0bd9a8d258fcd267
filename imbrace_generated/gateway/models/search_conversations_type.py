from typing import Literal

SearchConversationsType = Literal["text"]

SEARCH_CONVERSATIONS_TYPE_VALUES: set[SearchConversationsType] = {
    "text",
}


def check_search_conversations_type(value: str) -> SearchConversationsType:
    if value in SEARCH_CONVERSATIONS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_CONVERSATIONS_TYPE_VALUES!r}")
