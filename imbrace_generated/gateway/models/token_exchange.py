from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="TokenExchange")


@_attrs_define(repr=False)
class TokenExchange(WireAccess):
    """
    Attributes:
        token (str):
        organization_id (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "token": "token",
        "organization_id": "organization_id",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "organization_id",
        }
    )

    token: str
    organization_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        organization_id = UNSET if self.organization_id is None else self.organization_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
            }
        )
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        organization_id = d.pop("organization_id", None)

        token_exchange = cls(
            token=token,
            organization_id=organization_id,
        )

        token_exchange.additional_properties = d
        return token_exchange

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
