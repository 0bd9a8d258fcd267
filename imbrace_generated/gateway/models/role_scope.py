from typing import Literal

RoleScope = Literal["org", "team"]

ROLE_SCOPE_VALUES: set[RoleScope] = {
    "org",
    "team",
}


def check_role_scope(value: str) -> RoleScope:
    if value in ROLE_SCOPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ROLE_SCOPE_VALUES!r}")
