from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="ProviderCreate")


@_attrs_define(repr=False)
class ProviderCreate(WireAccess):
    """
    Attributes:
        name (str):
        type_ (str):
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
            "api_key",
            "base_url",
        }
    )

    name: str
    type_: str
    api_key: str | None = None
    base_url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        api_key = UNSET if self.api_key is None else self.api_key

        base_url = UNSET if self.base_url is None else self.base_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if base_url is not UNSET:
            field_dict["base_url"] = base_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = d.pop("type")

        api_key = d.pop("api_key", None)

        base_url = d.pop("base_url", None)

        provider_create = cls(
            name=name,
            type_=type_,
            api_key=api_key,
            base_url=base_url,
        )

        return provider_create
