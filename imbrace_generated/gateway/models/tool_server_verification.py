from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="ToolServerVerification")


@_attrs_define(repr=False)
class ToolServerVerification(WireAccess):
    """
    Attributes:
        success (bool):
        tools (list[ToolServerVerificationToolsItem] | None):
        message (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "success": "success",
        "tools": "tools",
        "message": "message",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "tools",
            "message",
        }
    )

    success: bool
    tools: list[ToolServerVerificationToolsItem] | None = None
    message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        _tools = UNSET if self.tools is None else self.tools

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_tools, Unset):
            tools = []
            for tools_item_data in _tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        message = UNSET if self.message is None else self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if tools is not UNSET:
            field_dict["tools"] = tools
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        _tools = d.pop("tools", UNSET)
        tools: list[ToolServerVerificationToolsItem] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = ToolServerVerificationToolsItem.from_dict(tools_item_data)

                tools.append(tools_item)

        if tools is UNSET:
            tools = None

        message = d.pop("message", None)

        tool_server_verification = cls(
            success=success,
            tools=tools,
            message=message,
        )

        tool_server_verification.additional_properties = d
        return tool_server_verification

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.tool_server_verification_tools_item import ToolServerVerificationToolsItem
