from typing import Literal

EmbeddingStatusUpdateStatus = Literal["active", "failed", "inactive", "pending", "processing"]

EMBEDDING_STATUS_UPDATE_STATUS_VALUES: set[EmbeddingStatusUpdateStatus] = {
    "active",
    "failed",
    "inactive",
    "pending",
    "processing",
}


def check_embedding_status_update_status(value: str) -> EmbeddingStatusUpdateStatus:
    if value in EMBEDDING_STATUS_UPDATE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMBEDDING_STATUS_UPDATE_STATUS_VALUES!r}")
