from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="Provider")


@_attrs_define
class Provider(WireAccess):
    """
    Attributes:
        provider_id (str):
        name (str):
        field_id (None | str | Unset):
        id (None | str | Unset):
        type_ (str | Unset):
        base_url (str | Unset):
        models (list[Any] | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "provider_id": "provider_id",
        "name": "name",
        "_id": "field_id",
        "id": "id",
        "type": "type_",
        "base_url": "base_url",
        "models": "models",
    }

    provider_id: str
    name: str
    field_id: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    type_: str | Unset = UNSET
    base_url: str | Unset = UNSET
    models: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_id = self.provider_id

        name = self.name

        field_id: None | str | Unset
        if isinstance(self.field_id, Unset):
            field_id = UNSET
        else:
            field_id = self.field_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_ = self.type_

        base_url = self.base_url

        models: list[Any] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = self.models

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider_id": provider_id,
                "name": name,
            }
        )
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if models is not UNSET:
            field_dict["models"] = models

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider_id = d.pop("provider_id")

        name = d.pop("name")

        def _parse_field_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_id = _parse_field_id(d.pop("_id", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        type_ = d.pop("type", UNSET)

        base_url = d.pop("base_url", UNSET)

        models = cast(list[Any], d.pop("models", UNSET))

        provider = cls(
            provider_id=provider_id,
            name=name,
            field_id=field_id,
            id=id,
            type_=type_,
            base_url=base_url,
            models=models,
        )

        provider.additional_properties = d
        return provider

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
