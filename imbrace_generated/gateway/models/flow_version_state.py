from typing import Literal

FlowVersionState = Literal["DRAFT", "LOCKED"]

FLOW_VERSION_STATE_VALUES: set[FlowVersionState] = {
    "DRAFT",
    "LOCKED",
}


def check_flow_version_state(value: str) -> FlowVersionState:
    if value in FLOW_VERSION_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLOW_VERSION_STATE_VALUES!r}")
