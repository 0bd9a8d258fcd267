from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="CredentialParam")


@_attrs_define(repr=False)
class CredentialParam(WireAccess):
    """A credential type and the parameters it asks for (the fields are the mock's).

    Attributes:
        type_ (str | None):
        display_name (str | None):
        params (list[CredentialParamParamsItem] | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "type": "type_",
        "display_name": "display_name",
        "params": "params",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "display_name",
            "params",
        }
    )

    type_: str | None = None
    display_name: str | None = None
    params: list[CredentialParamParamsItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = UNSET if self.type_ is None else self.type_

        display_name = UNSET if self.display_name is None else self.display_name

        _params = UNSET if self.params is None else self.params

        params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_params, Unset):
            params = []
            for params_item_data in _params:
                params_item = params_item_data.to_dict()
                params.append(params_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", None)

        display_name = d.pop("display_name", None)

        _params = d.pop("params", UNSET)
        params: list[CredentialParamParamsItem] | Unset = UNSET
        if _params is not UNSET:
            params = []
            for params_item_data in _params:
                params_item = CredentialParamParamsItem.from_dict(params_item_data)

                params.append(params_item)

        if params is UNSET:
            params = None

        credential_param = cls(
            type_=type_,
            display_name=display_name,
            params=params,
        )

        credential_param.additional_properties = d
        return credential_param

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.credential_param_params_item import CredentialParamParamsItem
