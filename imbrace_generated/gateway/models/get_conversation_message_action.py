from typing import Literal

GetConversationMessageAction = Literal["pin", "unpin"]

GET_CONVERSATION_MESSAGE_ACTION_VALUES: set[GetConversationMessageAction] = {
    "pin",
    "unpin",
}


def check_get_conversation_message_action(value: str) -> GetConversationMessageAction:
    if value in GET_CONVERSATION_MESSAGE_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CONVERSATION_MESSAGE_ACTION_VALUES!r}")
