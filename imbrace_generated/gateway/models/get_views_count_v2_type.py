from typing import Literal

GetViewsCountV2Type = Literal["business_unit_id"]

GET_VIEWS_COUNT_V2_TYPE_VALUES: set[GetViewsCountV2Type] = {
    "business_unit_id",
}


def check_get_views_count_v2_type(value: str) -> GetViewsCountV2Type:
    if value in GET_VIEWS_COUNT_V2_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_VIEWS_COUNT_V2_TYPE_VALUES!r}")
