from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ApiKey")


@_attrs_define(repr=False)
class ApiKey(WireAccess):
    """An API key (docs guides/api-key.md). Its value is `apiKey` in the docs and `token` on the platform service
    (incumbent); both appear only when the key is created.

        Attributes:
            field_id (str | None):
            api_key (str | None):
            token (str | None):
            name (str | None):
            organization_id (str | None):
            user_id (str | None):
            is_active (bool | None):
            expired_at (None | str):
            created_at (str | None):
            updated_at (str | None):
            is_temp (bool | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "apiKey": "api_key",
        "token": "token",
        "name": "name",
        "organization_id": "organization_id",
        "user_id": "user_id",
        "is_active": "is_active",
        "expired_at": "expired_at",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "is_temp": "is_temp",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "_id",
            "apiKey",
            "token",
            "name",
            "organization_id",
            "user_id",
            "is_active",
            "expired_at",
            "created_at",
            "updated_at",
            "is_temp",
        }
    )

    field_id: str | None = None
    api_key: str | None = None
    token: str | None = None
    name: str | None = None
    organization_id: str | None = None
    user_id: str | None = None
    is_active: bool | None = None
    expired_at: None | str = UNSET
    created_at: str | None = None
    updated_at: str | None = None
    is_temp: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _explicit_nulls: tuple[str, ...] = _attrs_field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # A nullable optional field given (or sent) as None is an explicit null; one left UNSET was not sent.
        nulls: tuple[str, ...] = ()
        if self.expired_at is None:
            nulls += ("expired_at",)
        elif self.expired_at is UNSET:
            self.expired_at = None
        self._explicit_nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        field_id = UNSET if self.field_id is None else self.field_id

        api_key = UNSET if self.api_key is None else self.api_key

        token = UNSET if self.token is None else self.token

        name = UNSET if self.name is None else self.name

        organization_id = UNSET if self.organization_id is None else self.organization_id

        user_id = UNSET if self.user_id is None else self.user_id

        is_active = UNSET if self.is_active is None else self.is_active

        _expired_at = UNSET if self.expired_at is None and "expired_at" not in self._explicit_nulls else self.expired_at

        expired_at: None | str | Unset
        if isinstance(_expired_at, Unset):
            expired_at = UNSET
        else:
            expired_at = _expired_at

        created_at = UNSET if self.created_at is None else self.created_at

        updated_at = UNSET if self.updated_at is None else self.updated_at

        is_temp = UNSET if self.is_temp is None else self.is_temp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if token is not UNSET:
            field_dict["token"] = token
        if name is not UNSET:
            field_dict["name"] = name
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if is_temp is not UNSET:
            field_dict["is_temp"] = is_temp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", None)

        api_key = d.pop("apiKey", None)

        token = d.pop("token", None)

        name = d.pop("name", None)

        organization_id = d.pop("organization_id", None)

        user_id = d.pop("user_id", None)

        is_active = d.pop("is_active", None)

        def _parse_expired_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expired_at = _parse_expired_at(d.pop("expired_at", UNSET))

        created_at = d.pop("created_at", None)

        updated_at = d.pop("updated_at", None)

        is_temp = d.pop("is_temp", None)

        api_key = cls(
            field_id=field_id,
            api_key=api_key,
            token=token,
            name=name,
            organization_id=organization_id,
            user_id=user_id,
            is_active=is_active,
            expired_at=expired_at,
            created_at=created_at,
            updated_at=updated_at,
            is_temp=is_temp,
        )

        api_key.additional_properties = d
        return api_key

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
