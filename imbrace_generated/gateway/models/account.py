from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="Account")


@_attrs_define
class Account(WireAccess):
    """The caller's account; the organization is at the top or inside `data`.

    Attributes:
        organization_id (str | Unset):
        data (AccountData | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "organization_id": "organization_id",
        "data": "data",
    }

    organization_id: str | Unset = UNSET
    data: AccountData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization_id = d.pop("organization_id", UNSET)

        _data = d.pop("data", UNSET)
        data: AccountData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = AccountData.from_dict(_data)

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
