from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="GuardrailProviderUpdate")


@_attrs_define(repr=False)
class GuardrailProviderUpdate(WireAccess):
    """
    Attributes:
        name (str | None):
        type_ (str | None):
        config (GuardrailProviderUpdateConfig | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "type": "type_",
        "config": "config",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "type",
            "config",
        }
    )

    name: str | None = None
    type_: str | None = None
    config: GuardrailProviderUpdateConfig | None = None

    def to_dict(self) -> dict[str, Any]:
        name = UNSET if self.name is None else self.name

        type_ = UNSET if self.type_ is None else self.type_

        _config = UNSET if self.config is None else self.config

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(_config, Unset):
            config = _config.to_dict()

        field_dict: dict[str, Any] = {}

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
        name = d.pop("name", None)

        type_ = d.pop("type", None)

        _config = d.pop("config", None)
        config = None if _config is None else GuardrailProviderUpdateConfig.from_dict(_config)

        guardrail_provider_update = cls(
            name=name,
            type_=type_,
            config=config,
        )

        return guardrail_provider_update


from ..models.guardrail_provider_update_config import GuardrailProviderUpdateConfig
