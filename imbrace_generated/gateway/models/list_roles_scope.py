from typing import Literal

ListRolesScope = Literal["org", "team"]

LIST_ROLES_SCOPE_VALUES: set[ListRolesScope] = {
    "org",
    "team",
}


def check_list_roles_scope(value: str) -> ListRolesScope:
    if value in LIST_ROLES_SCOPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ROLES_SCOPE_VALUES!r}")
