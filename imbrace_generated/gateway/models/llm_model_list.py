from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="LlmModelList")


@_attrs_define(repr=False)
class LlmModelList(WireAccess):
    """
    Attributes:
        data (list[LlmModel]):
        success (bool | None):
        message (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "data": "data",
        "success": "success",
        "message": "message",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "success",
            "message",
        }
    )

    data: list[LlmModel]
    success: bool | None = None
    message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        success = UNSET if self.success is None else self.success

        message = UNSET if self.message is None else self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = LlmModel.from_dict(data_item_data)

            data.append(data_item)

        success = d.pop("success", None)

        message = d.pop("message", None)

        llm_model_list = cls(
            data=data,
            success=success,
            message=message,
        )

        llm_model_list.additional_properties = d
        return llm_model_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.llm_model import LlmModel
