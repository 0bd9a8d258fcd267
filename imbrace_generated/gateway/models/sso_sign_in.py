from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="SsoSignIn")


@_attrs_define(repr=False)
class SsoSignIn(WireAccess):
    """
    Attributes:
        code (str | None):
        state (str | None):
        redirect_uri (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "code": "code",
        "state": "state",
        "redirectUri": "redirect_uri",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "code",
            "state",
            "redirectUri",
        }
    )

    code: str | None = None
    state: str | None = None
    redirect_uri: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = UNSET if self.code is None else self.code

        state = UNSET if self.state is None else self.state

        redirect_uri = UNSET if self.redirect_uri is None else self.redirect_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if code is not UNSET:
            field_dict["code"] = code
        if state is not UNSET:
            field_dict["state"] = state
        if redirect_uri is not UNSET:
            field_dict["redirectUri"] = redirect_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", None)

        state = d.pop("state", None)

        redirect_uri = d.pop("redirectUri", None)

        sso_sign_in = cls(
            code=code,
            state=state,
            redirect_uri=redirect_uri,
        )

        sso_sign_in.additional_properties = d
        return sso_sign_in

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
