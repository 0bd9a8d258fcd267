from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="Provider")


@_attrs_define(repr=False)
class Provider(WireAccess):
    """
    Attributes:
        provider_id (str):
        name (str):
        field_id (None | str):
        id (None | str):
        type_ (str | None):
        base_url (str | None):
        models (list[Any] | None):
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
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "_id",
            "id",
            "type",
            "base_url",
            "models",
        }
    )

    provider_id: str
    name: str
    field_id: None | str = UNSET
    id: None | str = UNSET
    type_: str | None = None
    base_url: str | None = None
    models: list[Any] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _explicit_nulls: tuple[str, ...] = _attrs_field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # A nullable optional field given (or sent) as None is an explicit null; one left UNSET was not sent.
        nulls: tuple[str, ...] = ()
        if self.field_id is None:
            nulls += ("_id",)
        elif self.field_id is UNSET:
            self.field_id = None
        if self.id is None:
            nulls += ("id",)
        elif self.id is UNSET:
            self.id = None
        self._explicit_nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        provider_id = self.provider_id

        name = self.name

        _field_id = UNSET if self.field_id is None and "_id" not in self._explicit_nulls else self.field_id

        field_id: None | str | Unset
        if isinstance(_field_id, Unset):
            field_id = UNSET
        else:
            field_id = _field_id

        _id = UNSET if self.id is None and "id" not in self._explicit_nulls else self.id

        id: None | str | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = _id

        type_ = UNSET if self.type_ is None else self.type_

        base_url = UNSET if self.base_url is None else self.base_url

        _models = UNSET if self.models is None else self.models

        models: list[Any] | Unset = UNSET
        if not isinstance(_models, Unset):
            models = _models

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

        type_ = d.pop("type", None)

        base_url = d.pop("base_url", None)

        models = cast(list[Any], d.pop("models", None))

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
