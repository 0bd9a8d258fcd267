from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="Account")


@_attrs_define(repr=False)
class Account(WireAccess):
    """The caller's account; the organization is at the top or inside `data`.

    Attributes:
        organization_id (str | None):
        data (AccountData | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "organization_id": "organization_id",
        "data": "data",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "organization_id",
            "data",
        }
    )

    organization_id: str | None = None
    data: AccountData | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = UNSET if self.organization_id is None else self.organization_id

        _data = UNSET if self.data is None else self.data

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(_data, Unset):
            data = _data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization_id = d.pop("organization_id", None)

        _data = d.pop("data", None)
        data = None if _data is None else AccountData.from_dict(_data)

        account = cls(
            organization_id=organization_id,
            data=data,
        )

        account.additional_properties = d
        return account

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.account_data import AccountData
