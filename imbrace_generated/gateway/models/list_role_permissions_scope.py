from typing import Literal

ListRolePermissionsScope = Literal["org", "team"]

LIST_ROLE_PERMISSIONS_SCOPE_VALUES: set[ListRolePermissionsScope] = {
    "org",
    "team",
}


def check_list_role_permissions_scope(value: str) -> ListRolePermissionsScope:
    if value in LIST_ROLE_PERMISSIONS_SCOPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ROLE_PERMISSIONS_SCOPE_VALUES!r}")
