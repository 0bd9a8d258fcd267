from typing import Literal

ListTeamUsersV2Type = Literal["team_id"]

LIST_TEAM_USERS_V2_TYPE_VALUES: set[ListTeamUsersV2Type] = {
    "team_id",
}


def check_list_team_users_v2_type(value: str) -> ListTeamUsersV2Type:
    if value in LIST_TEAM_USERS_V2_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TEAM_USERS_V2_TYPE_VALUES!r}")
