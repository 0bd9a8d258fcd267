from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="CompletionChoice")


@_attrs_define(repr=False)
class CompletionChoice(WireAccess):
    """
    Attributes:
        message (CompletionChoiceMessage):
        index (int | None):
        finish_reason (None | str):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "message": "message",
        "index": "index",
        "finish_reason": "finish_reason",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "index",
            "finish_reason",
        }
    )

    message: CompletionChoiceMessage
    index: int | None = None
    finish_reason: None | str = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _explicit_nulls: tuple[str, ...] = _attrs_field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # A nullable optional field given (or sent) as None is an explicit null; one left UNSET was not sent.
        nulls: tuple[str, ...] = ()
        if self.finish_reason is None:
            nulls += ("finish_reason",)
        elif self.finish_reason is UNSET:
            self.finish_reason = None
        self._explicit_nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        message = self.message.to_dict()

        index = UNSET if self.index is None else self.index

        _finish_reason = (
            UNSET if self.finish_reason is None and "finish_reason" not in self._explicit_nulls else self.finish_reason
        )

        finish_reason: None | str | Unset
        if isinstance(_finish_reason, Unset):
            finish_reason = UNSET
        else:
            finish_reason = _finish_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if index is not UNSET:
            field_dict["index"] = index
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = CompletionChoiceMessage.from_dict(d.pop("message"))

        index = d.pop("index", None)

        def _parse_finish_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        finish_reason = _parse_finish_reason(d.pop("finish_reason", UNSET))

        completion_choice = cls(
            message=message,
            index=index,
            finish_reason=finish_reason,
        )

        completion_choice.additional_properties = d
        return completion_choice

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.completion_choice_message import CompletionChoiceMessage
