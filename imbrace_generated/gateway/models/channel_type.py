from typing import Literal

ChannelType = Literal["email", "facebook", "instagram", "line", "web", "wechat", "wecom", "whatsapp"]

CHANNEL_TYPE_VALUES: set[ChannelType] = {
    "email",
    "facebook",
    "instagram",
    "line",
    "web",
    "wechat",
    "wecom",
    "whatsapp",
}


def check_channel_type(value: str) -> ChannelType:
    if value in CHANNEL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHANNEL_TYPE_VALUES!r}")
