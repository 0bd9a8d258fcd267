from typing import Literal

ListTeamUsersType = Literal["team_id"]

LIST_TEAM_USERS_TYPE_VALUES: set[ListTeamUsersType] = {
    "team_id",
}


def check_list_team_users_type(value: str) -> ListTeamUsersType:
    if value in LIST_TEAM_USERS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TEAM_USERS_TYPE_VALUES!r}")
