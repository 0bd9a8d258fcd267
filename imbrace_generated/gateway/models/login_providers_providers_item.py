from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="LoginProvidersProvidersItem")


@_attrs_define(repr=False)
class LoginProvidersProvidersItem(WireAccess):
    """
    Attributes:
        name (str | None):
        type_ (str | None):
        url (None | str):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "type": "type_",
        "url": "url",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "type",
            "url",
        }
    )

    name: str | None = None
    type_: str | None = None
    url: None | str = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _explicit_nulls: tuple[str, ...] = _attrs_field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # A nullable optional field given (or sent) as None is an explicit null; one left UNSET was not sent.
        nulls: tuple[str, ...] = ()
        if self.url is None:
            nulls += ("url",)
        elif self.url is UNSET:
            self.url = None
        self._explicit_nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        name = UNSET if self.name is None else self.name

        type_ = UNSET if self.type_ is None else self.type_

        _url = UNSET if self.url is None and "url" not in self._explicit_nulls else self.url

        url: None | str | Unset
        if isinstance(_url, Unset):
            url = UNSET
        else:
            url = _url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", None)

        type_ = d.pop("type", None)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        login_providers_providers_item = cls(
            name=name,
            type_=type_,
            url=url,
        )

        login_providers_providers_item.additional_properties = d
        return login_providers_providers_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
