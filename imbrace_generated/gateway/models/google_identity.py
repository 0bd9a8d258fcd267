from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="GoogleIdentity")


@_attrs_define(repr=False)
class GoogleIdentity(WireAccess):
    """
    Attributes:
        id_token (str | None):
        access_token (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "id_token": "id_token",
        "access_token": "access_token",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id_token",
            "access_token",
        }
    )

    id_token: str | None = None
    access_token: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_token = UNSET if self.id_token is None else self.id_token

        access_token = UNSET if self.access_token is None else self.access_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id_token is not UNSET:
            field_dict["id_token"] = id_token
        if access_token is not UNSET:
            field_dict["access_token"] = access_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_token = d.pop("id_token", None)

        access_token = d.pop("access_token", None)

        google_identity = cls(
            id_token=id_token,
            access_token=access_token,
        )

        google_identity.additional_properties = d
        return google_identity

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
