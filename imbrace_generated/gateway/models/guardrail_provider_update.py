from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="GuardrailProviderUpdate")


@_attrs_define
class GuardrailProviderUpdate(WireAccess):
    """
    Attributes:
        name (str | Unset):
        type_ (str | Unset):
        config (GuardrailProviderUpdateConfig | Unset):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "type": "type_",
        "config": "config",
    }

    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    config: GuardrailProviderUpdateConfig | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        _config = d.pop("config", UNSET)
        config: GuardrailProviderUpdateConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = GuardrailProviderUpdateConfig.from_dict(_config)

        guardrail_provider_update = cls(
            name=name,
            type_=type_,
            config=config,
        )

        return guardrail_provider_update


from ..models.guardrail_provider_update_config import GuardrailProviderUpdateConfig
