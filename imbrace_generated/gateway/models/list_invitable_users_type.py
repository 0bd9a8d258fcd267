from typing import Literal

ListInvitableUsersType = Literal["team_id"]

LIST_INVITABLE_USERS_TYPE_VALUES: set[ListInvitableUsersType] = {
    "team_id",
}


def check_list_invitable_users_type(value: str) -> ListInvitableUsersType:
    if value in LIST_INVITABLE_USERS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_INVITABLE_USERS_TYPE_VALUES!r}")
