from typing import Literal

RoleCreateScope = Literal["org", "team"]

ROLE_CREATE_SCOPE_VALUES: set[RoleCreateScope] = {
    "org",
    "team",
}


def check_role_create_scope(value: str) -> RoleCreateScope:
    if value in ROLE_CREATE_SCOPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ROLE_CREATE_SCOPE_VALUES!r}")
