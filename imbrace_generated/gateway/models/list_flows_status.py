from typing import Literal

ListFlowsStatus = Literal["DISABLED", "ENABLED"]

LIST_FLOWS_STATUS_VALUES: set[ListFlowsStatus] = {
    "DISABLED",
    "ENABLED",
}


def check_list_flows_status(value: str) -> ListFlowsStatus:
    if value in LIST_FLOWS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_FLOWS_STATUS_VALUES!r}")
