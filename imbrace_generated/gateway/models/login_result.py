from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="LoginResult")


@_attrs_define(repr=False)
class LoginResult(WireAccess):
    """A sign-in's result. The docs give `{token: "login_acc_…", organizations: [...]}`; the incumbent's types also name
    `accessToken`, `userId`, `email` and `expired_at`.

        Attributes:
            token (str | None):
            accessToken (str | None):
            access_token (str | None):
            userId (str | None):
            user_id (str | None):
            email (str | None):
            expired_at (str | None):
            organizations (list[LoginOrganization] | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "token": "token",
        "accessToken": "accessToken",
        "access_token": "access_token",
        "userId": "userId",
        "user_id": "user_id",
        "email": "email",
        "expired_at": "expired_at",
        "organizations": "organizations",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "token",
            "accessToken",
            "access_token",
            "userId",
            "user_id",
            "email",
            "expired_at",
            "organizations",
        }
    )

    token: str | None = None
    accessToken: str | None = None
    access_token: str | None = None
    userId: str | None = None
    user_id: str | None = None
    email: str | None = None
    expired_at: str | None = None
    organizations: list[LoginOrganization] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = UNSET if self.token is None else self.token

        accessToken = UNSET if self.accessToken is None else self.accessToken

        access_token = UNSET if self.access_token is None else self.access_token

        userId = UNSET if self.userId is None else self.userId

        user_id = UNSET if self.user_id is None else self.user_id

        email = UNSET if self.email is None else self.email

        expired_at = UNSET if self.expired_at is None else self.expired_at

        _organizations = UNSET if self.organizations is None else self.organizations

        organizations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_organizations, Unset):
            organizations = []
            for organizations_item_data in _organizations:
                organizations_item = organizations_item_data.to_dict()
                organizations.append(organizations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if token is not UNSET:
            field_dict["token"] = token
        if accessToken is not UNSET:
            field_dict["accessToken"] = accessToken
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if userId is not UNSET:
            field_dict["userId"] = userId
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if email is not UNSET:
            field_dict["email"] = email
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at
        if organizations is not UNSET:
            field_dict["organizations"] = organizations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token", None)

        accessToken = d.pop("accessToken", None)

        access_token = d.pop("access_token", None)

        userId = d.pop("userId", None)

        user_id = d.pop("user_id", None)

        email = d.pop("email", None)

        expired_at = d.pop("expired_at", None)

        _organizations = d.pop("organizations", UNSET)
        organizations: list[LoginOrganization] | Unset = UNSET
        if _organizations is not UNSET:
            organizations = []
            for organizations_item_data in _organizations:
                organizations_item = LoginOrganization.from_dict(organizations_item_data)

                organizations.append(organizations_item)

        if organizations is UNSET:
            organizations = None

        login_result = cls(
            token=token,
            accessToken=accessToken,
            access_token=access_token,
            userId=userId,
            user_id=user_id,
            email=email,
            expired_at=expired_at,
            organizations=organizations,
        )

        login_result.additional_properties = d
        return login_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.login_organization import LoginOrganization
