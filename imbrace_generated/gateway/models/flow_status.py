from typing import Literal

FlowStatus = Literal["DISABLED", "ENABLED"]

FLOW_STATUS_VALUES: set[FlowStatus] = {
    "DISABLED",
    "ENABLED",
}


def check_flow_status(value: str) -> FlowStatus:
    if value in FLOW_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLOW_STATUS_VALUES!r}")
