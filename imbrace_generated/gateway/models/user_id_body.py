from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define

from ..types import WireAccess

T = TypeVar("T", bound="UserIdBody")


@_attrs_define(repr=False)
class UserIdBody(WireAccess):
    """The body the incumbent sends to `_deactivate` and `_reactivate`.

    Attributes:
        user_id (str):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "user_id": "user_id",
    }

    user_id: str

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        user_id_body = cls(
            user_id=user_id,
        )

        return user_id_body
