from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="AccessTokenResult")


@_attrs_define(repr=False)
class AccessTokenResult(WireAccess):
    """An organization-scoped access token. The docs' TS example reads `{token, refresh_token}`; the incumbent reads
    `token` or `access_token`.

        Attributes:
            token (str | None):
            access_token (str | None):
            refresh_token (str | None):
            organization_id (str | None):
            expired_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "token": "token",
        "access_token": "access_token",
        "refresh_token": "refresh_token",
        "organization_id": "organization_id",
        "expired_at": "expired_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "token",
            "access_token",
            "refresh_token",
            "organization_id",
            "expired_at",
        }
    )

    token: str | None = None
    access_token: str | None = None
    refresh_token: str | None = None
    organization_id: str | None = None
    expired_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = UNSET if self.token is None else self.token

        access_token = UNSET if self.access_token is None else self.access_token

        refresh_token = UNSET if self.refresh_token is None else self.refresh_token

        organization_id = UNSET if self.organization_id is None else self.organization_id

        expired_at = UNSET if self.expired_at is None else self.expired_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if token is not UNSET:
            field_dict["token"] = token
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token", None)

        access_token = d.pop("access_token", None)

        refresh_token = d.pop("refresh_token", None)

        organization_id = d.pop("organization_id", None)

        expired_at = d.pop("expired_at", None)

        access_token_result = cls(
            token=token,
            access_token=access_token,
            refresh_token=refresh_token,
            organization_id=organization_id,
            expired_at=expired_at,
        )

        access_token_result.additional_properties = d
        return access_token_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
