from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, WireAccess

T = TypeVar("T", bound="AuditRevert")


@_attrs_define(repr=False)
class AuditRevert(WireAccess):
    """`{revertEntry, restoredResourceId?}` as the incumbent documents it.

    Attributes:
        revert_entry (AuditLogEntry): One recorded change (guess, camelCase like the incumbent's filters): who
            (`userId`), what
            (`action` on `resource` `resourceId`), when (`createdAt`), the item `before` and `after` where
            known, and whether `revert` can undo it (`revertable`; `revertedBy` once it was).
        restored_resource_id (str | None):
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "revertEntry": "revert_entry",
        "restoredResourceId": "restored_resource_id",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "restoredResourceId",
        }
    )

    revert_entry: AuditLogEntry
    restored_resource_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        revert_entry = self.revert_entry.to_dict()

        restored_resource_id = UNSET if self.restored_resource_id is None else self.restored_resource_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "revertEntry": revert_entry,
            }
        )
        if restored_resource_id is not UNSET:
            field_dict["restoredResourceId"] = restored_resource_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        revert_entry = AuditLogEntry.from_dict(d.pop("revertEntry"))

        restored_resource_id = d.pop("restoredResourceId", None)

        audit_revert = cls(
            revert_entry=revert_entry,
            restored_resource_id=restored_resource_id,
        )

        audit_revert.additional_properties = d
        return audit_revert

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.audit_log_entry import AuditLogEntry
