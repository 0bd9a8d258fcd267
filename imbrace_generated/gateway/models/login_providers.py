from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="LoginProviders")


@_attrs_define(repr=False)
class LoginProviders(WireAccess):
    """
    Attributes:
        providers (list[LoginProvidersProvidersItem] | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "providers": "providers",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "providers",
        }
    )

    providers: list[LoginProvidersProvidersItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _providers = UNSET if self.providers is None else self.providers

        providers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_providers, Unset):
            providers = []
            for providers_item_data in _providers:
                providers_item = providers_item_data.to_dict()
                providers.append(providers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if providers is not UNSET:
            field_dict["providers"] = providers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _providers = d.pop("providers", UNSET)
        providers: list[LoginProvidersProvidersItem] | Unset = UNSET
        if _providers is not UNSET:
            providers = []
            for providers_item_data in _providers:
                providers_item = LoginProvidersProvidersItem.from_dict(providers_item_data)

                providers.append(providers_item)

        if providers is UNSET:
            providers = None

        login_providers = cls(
            providers=providers,
        )

        login_providers.additional_properties = d
        return login_providers

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.login_providers_providers_item import LoginProvidersProvidersItem
