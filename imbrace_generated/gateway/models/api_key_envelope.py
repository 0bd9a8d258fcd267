from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ApiKeyEnvelope")


@_attrs_define(repr=False)
class ApiKeyEnvelope(WireAccess):
    """
    Attributes:
        api_key (ApiKey): An API key (docs guides/api-key.md). Its value is `apiKey` in the docs and `token` on the
            platform service (incumbent); both appear only when the key is created.
        expires_in (int | None): Seconds until the key expires; null when it never does.
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "apiKey": "api_key",
        "expires_in": "expires_in",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "expires_in",
        }
    )

    api_key: ApiKey
    expires_in: int | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _explicit_nulls: tuple[str, ...] = _attrs_field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # A nullable optional field given (or sent) as None is an explicit null; one left UNSET was not sent.
        nulls: tuple[str, ...] = ()
        if self.expires_in is None:
            nulls += ("expires_in",)
        elif self.expires_in is UNSET:
            self.expires_in = None
        self._explicit_nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key.to_dict()

        _expires_in = UNSET if self.expires_in is None and "expires_in" not in self._explicit_nulls else self.expires_in

        expires_in: int | None | Unset
        if isinstance(_expires_in, Unset):
            expires_in = UNSET
        else:
            expires_in = _expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
            }
        )
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = ApiKey.from_dict(d.pop("apiKey"))

        def _parse_expires_in(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_in = _parse_expires_in(d.pop("expires_in", UNSET))

        api_key_envelope = cls(
            api_key=api_key,
            expires_in=expires_in,
        )

        api_key_envelope.additional_properties = d
        return api_key_envelope

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.api_key import ApiKey
