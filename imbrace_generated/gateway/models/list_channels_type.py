from typing import Literal

ListChannelsType = Literal[
    "broadcast",
    "direct",
    "email",
    "facebook",
    "group",
    "instagram",
    "line",
    "support",
    "web",
    "wechat",
    "wecom",
    "whatsapp",
]

LIST_CHANNELS_TYPE_VALUES: set[ListChannelsType] = {
    "broadcast",
    "direct",
    "email",
    "facebook",
    "group",
    "instagram",
    "line",
    "support",
    "web",
    "wechat",
    "wecom",
    "whatsapp",
}


def check_list_channels_type(value: str) -> ListChannelsType:
    if value in LIST_CHANNELS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CHANNELS_TYPE_VALUES!r}")
