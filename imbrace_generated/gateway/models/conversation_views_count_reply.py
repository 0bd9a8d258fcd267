from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireAccess

T = TypeVar("T", bound="ConversationViewsCountReply")


@_attrs_define(repr=False)
class ConversationViewsCountReply(WireAccess):
    """
    Attributes:
        data (ConversationViewsCount): Open conversations per view, and conversations per status.
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "data": "data",
    }

    data: ConversationViewsCount
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = ConversationViewsCount.from_dict(d.pop("data"))

        conversation_views_count_reply = cls(
            data=data,
        )

        conversation_views_count_reply.additional_properties = d
        return conversation_views_count_reply

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.conversation_views_count import ConversationViewsCount
