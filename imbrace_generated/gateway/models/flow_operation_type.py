from typing import Literal

FlowOperationType = Literal[
    "ADD_ACTION", "CHANGE_NAME", "CHANGE_STATUS", "DELETE_ACTION", "LOCK_AND_PUBLISH", "UPDATE_ACTION", "UPDATE_TRIGGER"
]

FLOW_OPERATION_TYPE_VALUES: set[FlowOperationType] = {
    "ADD_ACTION",
    "CHANGE_NAME",
    "CHANGE_STATUS",
    "DELETE_ACTION",
    "LOCK_AND_PUBLISH",
    "UPDATE_ACTION",
    "UPDATE_TRIGGER",
}


def check_flow_operation_type(value: str) -> FlowOperationType:
    if value in FLOW_OPERATION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLOW_OPERATION_TYPE_VALUES!r}")
