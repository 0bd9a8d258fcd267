from typing import Literal

LicenseStatus = Literal["active", "expired", "inactive"]

LICENSE_STATUS_VALUES: set[LicenseStatus] = {
    "active",
    "expired",
    "inactive",
}


def check_license_status(value: str) -> LicenseStatus:
    if value in LICENSE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LICENSE_STATUS_VALUES!r}")
