from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="GuardrailProviderCreate")


@_attrs_define(repr=False)
class GuardrailProviderCreate(WireAccess):
    """
    Attributes:
        name (str):
        type_ (str):
        config (GuardrailProviderCreateConfig | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "name": "name",
        "type": "type_",
        "config": "config",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "config",
        }
    )

    name: str
    type_: str
    config: GuardrailProviderCreateConfig | None = None

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        _config = UNSET if self.config is None else self.config

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(_config, Unset):
            config = _config.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = d.pop("type")

        _config = d.pop("config", None)
        config = None if _config is None else GuardrailProviderCreateConfig.from_dict(_config)

        guardrail_provider_create = cls(
            name=name,
            type_=type_,
            config=config,
        )

        return guardrail_provider_create


from ..models.guardrail_provider_create_config import GuardrailProviderCreateConfig
