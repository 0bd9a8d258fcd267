from typing import Literal

ListAuditLogsImports = Literal["exclude", "only"]

LIST_AUDIT_LOGS_IMPORTS_VALUES: set[ListAuditLogsImports] = {
    "exclude",
    "only",
}


def check_list_audit_logs_imports(value: str) -> ListAuditLogsImports:
    if value in LIST_AUDIT_LOGS_IMPORTS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_AUDIT_LOGS_IMPORTS_VALUES!r}")
