from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="FlowRunPage")


@_attrs_define(repr=False)
class FlowRunPage(WireAccess):
    """
    Attributes:
        data (list[FlowRun]):
        next_ (None | str):
        previous (None | str):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "data": "data",
        "next": "next_",
        "previous": "previous",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "next",
            "previous",
        }
    )

    data: list[FlowRun]
    next_: None | str = UNSET
    previous: None | str = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _explicit_nulls: tuple[str, ...] = _attrs_field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # A nullable optional field given (or sent) as None is an explicit null; one left UNSET was not sent.
        nulls: tuple[str, ...] = ()
        if self.next_ is None:
            nulls += ("next",)
        elif self.next_ is UNSET:
            self.next_ = None
        if self.previous is None:
            nulls += ("previous",)
        elif self.previous is UNSET:
            self.previous = None
        self._explicit_nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        _next_ = UNSET if self.next_ is None and "next" not in self._explicit_nulls else self.next_

        next_: None | str | Unset
        if isinstance(_next_, Unset):
            next_ = UNSET
        else:
            next_ = _next_

        _previous = UNSET if self.previous is None and "previous" not in self._explicit_nulls else self.previous

        previous: None | str | Unset
        if isinstance(_previous, Unset):
            previous = UNSET
        else:
            previous = _previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = FlowRun.from_dict(data_item_data)

            data.append(data_item)

        def _parse_next_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_ = _parse_next_(d.pop("next", UNSET))

        def _parse_previous(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous = _parse_previous(d.pop("previous", UNSET))

        flow_run_page = cls(
            data=data,
            next_=next_,
            previous=previous,
        )

        flow_run_page.additional_properties = d
        return flow_run_page

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.flow_run import FlowRun
