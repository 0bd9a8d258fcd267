from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="Outbound")


@_attrs_define(repr=False)
class Outbound(WireAccess):
    """What was sent, as the mock records it (guess).

    Attributes:
        field_id (str):
        status (str):
        id (str | None):
        kind (str | None): `whatsapp` or `email`.
        channel_id (str | None):
        contact_id (None | str):
        to (Any | None):
        created_at (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "status": "status",
        "id": "id",
        "kind": "kind",
        "channel_id": "channel_id",
        "contact_id": "contact_id",
        "to": "to",
        "created_at": "created_at",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "kind",
            "channel_id",
            "contact_id",
            "to",
            "created_at",
        }
    )

    field_id: str
    status: str
    id: str | None = None
    kind: str | None = None
    channel_id: str | None = None
    contact_id: None | str = UNSET
    to: Any | None = None
    created_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _explicit_nulls: tuple[str, ...] = _attrs_field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # A nullable optional field given (or sent) as None is an explicit null; one left UNSET was not sent.
        nulls: tuple[str, ...] = ()
        if self.contact_id is None:
            nulls += ("contact_id",)
        elif self.contact_id is UNSET:
            self.contact_id = None
        self._explicit_nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        status = self.status

        id = UNSET if self.id is None else self.id

        kind = UNSET if self.kind is None else self.kind

        channel_id = UNSET if self.channel_id is None else self.channel_id

        _contact_id = UNSET if self.contact_id is None and "contact_id" not in self._explicit_nulls else self.contact_id

        contact_id: None | str | Unset
        if isinstance(_contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = _contact_id

        to = UNSET if self.to is None else self.to

        created_at = UNSET if self.created_at is None else self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if to is not UNSET:
            field_dict["to"] = to
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        status = d.pop("status")

        id = d.pop("id", None)

        kind = d.pop("kind", None)

        channel_id = d.pop("channel_id", None)

        def _parse_contact_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_id = _parse_contact_id(d.pop("contact_id", UNSET))

        to = d.pop("to", None)

        created_at = d.pop("created_at", None)

        outbound = cls(
            field_id=field_id,
            status=status,
            id=id,
            kind=kind,
            channel_id=channel_id,
            contact_id=contact_id,
            to=to,
            created_at=created_at,
        )

        outbound.additional_properties = d
        return outbound

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
