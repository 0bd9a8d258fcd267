from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="AuditLogSummary")


@_attrs_define(repr=False)
class AuditLogSummary(WireAccess):
    """Entry counts over `from`..`to` (guess); `byUser` is keyed by user id.

    Attributes:
        total (int):
        by_action (AuditLogSummaryByAction):
        by_resource (AuditLogSummaryByResource):
        by_user (AuditLogSummaryByUser):
        from_ (None | str):
        to (None | str):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "total": "total",
        "byAction": "by_action",
        "byResource": "by_resource",
        "byUser": "by_user",
        "from": "from_",
        "to": "to",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "from",
            "to",
        }
    )

    total: int
    by_action: AuditLogSummaryByAction
    by_resource: AuditLogSummaryByResource
    by_user: AuditLogSummaryByUser
    from_: None | str = UNSET
    to: None | str = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _explicit_nulls: tuple[str, ...] = _attrs_field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # A nullable optional field given (or sent) as None is an explicit null; one left UNSET was not sent.
        nulls: tuple[str, ...] = ()
        if self.from_ is None:
            nulls += ("from",)
        elif self.from_ is UNSET:
            self.from_ = None
        if self.to is None:
            nulls += ("to",)
        elif self.to is UNSET:
            self.to = None
        self._explicit_nulls = nulls

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        by_action = self.by_action.to_dict()

        by_resource = self.by_resource.to_dict()

        by_user = self.by_user.to_dict()

        _from_ = UNSET if self.from_ is None and "from" not in self._explicit_nulls else self.from_

        from_: None | str | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = _from_

        _to = UNSET if self.to is None and "to" not in self._explicit_nulls else self.to

        to: None | str | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = _to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "byAction": by_action,
                "byResource": by_resource,
                "byUser": by_user,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total")

        by_action = AuditLogSummaryByAction.from_dict(d.pop("byAction"))

        by_resource = AuditLogSummaryByResource.from_dict(d.pop("byResource"))

        by_user = AuditLogSummaryByUser.from_dict(d.pop("byUser"))

        def _parse_from_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        def _parse_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        audit_log_summary = cls(
            total=total,
            by_action=by_action,
            by_resource=by_resource,
            by_user=by_user,
            from_=from_,
            to=to,
        )

        audit_log_summary.additional_properties = d
        return audit_log_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.audit_log_summary_by_action import AuditLogSummaryByAction
from ..models.audit_log_summary_by_resource import AuditLogSummaryByResource
from ..models.audit_log_summary_by_user import AuditLogSummaryByUser
