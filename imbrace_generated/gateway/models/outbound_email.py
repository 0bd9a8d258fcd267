from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="OutboundEmail")


@_attrs_define(repr=False)
class OutboundEmail(WireAccess):
    """An email send (guess): a recipient (`to`, or `contact_id`), a `subject`, a `text` or `html` body, and optionally the
    email `channel_id` (else the organization's first email channel).

        Attributes:
            channel_id (str | None):
            contact_id (str | None):
            to (list[str] | str | None):
            cc (list[str] | None):
            subject (str | None):
            text (str | None):
            html (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "channel_id": "channel_id",
        "contact_id": "contact_id",
        "to": "to",
        "cc": "cc",
        "subject": "subject",
        "text": "text",
        "html": "html",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "channel_id",
            "contact_id",
            "to",
            "cc",
            "subject",
            "text",
            "html",
        }
    )

    channel_id: str | None = None
    contact_id: str | None = None
    to: list[str] | str | None = None
    cc: list[str] | None = None
    subject: str | None = None
    text: str | None = None
    html: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_id = UNSET if self.channel_id is None else self.channel_id

        contact_id = UNSET if self.contact_id is None else self.contact_id

        _to = UNSET if self.to is None else self.to

        to: list[str] | str | Unset
        if isinstance(_to, Unset):
            to = UNSET
        elif isinstance(_to, list):
            to = _to

        else:
            to = _to

        _cc = UNSET if self.cc is None else self.cc

        cc: list[str] | Unset = UNSET
        if not isinstance(_cc, Unset):
            cc = _cc

        subject = UNSET if self.subject is None else self.subject

        text = UNSET if self.text is None else self.text

        html = UNSET if self.html is None else self.html

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if to is not UNSET:
            field_dict["to"] = to
        if cc is not UNSET:
            field_dict["cc"] = cc
        if subject is not UNSET:
            field_dict["subject"] = subject
        if text is not UNSET:
            field_dict["text"] = text
        if html is not UNSET:
            field_dict["html"] = html

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel_id = d.pop("channel_id", None)

        contact_id = d.pop("contact_id", None)

        def _parse_to(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                to_type_1 = cast(list[str], data)

                return to_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        if to is UNSET:
            to = None

        cc = cast(list[str], d.pop("cc", None))

        subject = d.pop("subject", None)

        text = d.pop("text", None)

        html = d.pop("html", None)

        outbound_email = cls(
            channel_id=channel_id,
            contact_id=contact_id,
            to=to,
            cc=cc,
            subject=subject,
            text=text,
            html=html,
        )

        outbound_email.additional_properties = d
        return outbound_email

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
