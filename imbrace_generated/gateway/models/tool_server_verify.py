from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import WireAccess

T = TypeVar("T", bound="ToolServerVerify")


@_attrs_define(repr=False)
class ToolServerVerify(WireAccess):
    """
    Attributes:
        url (str):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "url": "url",
    }

    url: str

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        tool_server_verify = cls(
            url=url,
        )

        return tool_server_verify
