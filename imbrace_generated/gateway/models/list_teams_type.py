from typing import Literal

ListTeamsType = Literal["business_unit_id"]

LIST_TEAMS_TYPE_VALUES: set[ListTeamsType] = {
    "business_unit_id",
}


def check_list_teams_type(value: str) -> ListTeamsType:
    if value in LIST_TEAMS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_TEAMS_TYPE_VALUES!r}")
