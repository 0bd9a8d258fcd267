from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="GuardrailProvider")


@_attrs_define(repr=False)
class GuardrailProvider(WireAccess):
    """
    Attributes:
        field_id (str):
        name (str):
        type_ (str):
        id (str | None):
        config (GuardrailProviderConfig | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "name": "name",
        "type": "type_",
        "id": "id",
        "config": "config",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "config",
        }
    )

    field_id: str
    name: str
    type_: str
    id: str | None = None
    config: GuardrailProviderConfig | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = self.name

        type_ = self.type_

        id = UNSET if self.id is None else self.id

        _config = UNSET if self.config is None else self.config

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(_config, Unset):
            config = _config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "name": name,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        name = d.pop("name")

        type_ = d.pop("type")

        id = d.pop("id", None)

        _config = d.pop("config", None)
        config = None if _config is None else GuardrailProviderConfig.from_dict(_config)

        guardrail_provider = cls(
            field_id=field_id,
            name=name,
            type_=type_,
            id=id,
            config=config,
        )

        guardrail_provider.additional_properties = d
        return guardrail_provider

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.guardrail_provider_config import GuardrailProviderConfig
