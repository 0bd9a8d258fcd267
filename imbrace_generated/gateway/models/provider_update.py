from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ProviderUpdate")


@_attrs_define(repr=False)
class ProviderUpdate(WireAccess):
    """
    Attributes:
        name (str | None):
        type_ (str | None):
        api_key (str | None):
        base_url (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "type": "type_",
        "api_key": "api_key",
        "base_url": "base_url",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "type",
            "api_key",
            "base_url",
        }
    )

    name: str | None = None
    type_: str | None = None
    api_key: str | None = None
    base_url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        name = UNSET if self.name is None else self.name

        type_ = UNSET if self.type_ is None else self.type_

        api_key = UNSET if self.api_key is None else self.api_key

        base_url = UNSET if self.base_url is None else self.base_url

        field_dict: dict[str, Any] = {}

        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if base_url is not UNSET:
            field_dict["base_url"] = base_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", None)

        type_ = d.pop("type", None)

        api_key = d.pop("api_key", None)

        base_url = d.pop("base_url", None)

        provider_update = cls(
            name=name,
            type_=type_,
            api_key=api_key,
            base_url=base_url,
        )

        return provider_update
