from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireAccess

T = TypeVar("T", bound="AuditLogEntry")


@_attrs_define(repr=False)
class AuditLogEntry(WireAccess):
    """One recorded change (guess, camelCase like the incumbent's filters): who (`userId`), what
    (`action` on `resource` `resourceId`), when (`createdAt`), the item `before` and `after` where
    known, and whether `revert` can undo it (`revertable`; `revertedBy` once it was).

        Attributes:
            field_id (str):
            action (str): `create`, `update`, `replace`, `delete`, `revert`, `assign_role`, ...
            resource (str):
            revertable (bool):
            created_at (str):
            id (str | None):
            organization_id (str | None):
            user_id (str | None):
            user_name (str | None):
            resource_id (str | None):
            board_id (str | None):
            operation (str | None): The operation that made the change.
            method (str | None):
            path (str | None):
            before (AuditLogEntryBefore | None):
            after (AuditLogEntryAfter | None):
            reverted_by (str | None): The entry of the revert that undid this one.
            revert_of (str | None): The entry this revert undid.
    """

    _WIRE_TO_ATTR: ClassVar[dict[str, str]] = {
        "_id": "field_id",
        "action": "action",
        "resource": "resource",
        "revertable": "revertable",
        "createdAt": "created_at",
        "id": "id",
        "organizationId": "organization_id",
        "userId": "user_id",
        "userName": "user_name",
        "resourceId": "resource_id",
        "boardId": "board_id",
        "operation": "operation",
        "method": "method",
        "path": "path",
        "before": "before",
        "after": "after",
        "revertedBy": "reverted_by",
        "revertOf": "revert_of",
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "organizationId",
            "userId",
            "userName",
            "resourceId",
            "boardId",
            "operation",
            "method",
            "path",
            "before",
            "after",
            "revertedBy",
            "revertOf",
        }
    )

    field_id: str
    action: str
    resource: str
    revertable: bool
    created_at: str
    id: str | None = None
    organization_id: str | None = None
    user_id: str | None = None
    user_name: str | None = None
    resource_id: str | None = None
    board_id: str | None = None
    operation: str | None = None
    method: str | None = None
    path: str | None = None
    before: AuditLogEntryBefore | None = None
    after: AuditLogEntryAfter | None = None
    reverted_by: str | None = None
    revert_of: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        action = self.action

        resource = self.resource

        revertable = self.revertable

        created_at = self.created_at

        id = UNSET if self.id is None else self.id

        organization_id = UNSET if self.organization_id is None else self.organization_id

        user_id = UNSET if self.user_id is None else self.user_id

        user_name = UNSET if self.user_name is None else self.user_name

        resource_id = UNSET if self.resource_id is None else self.resource_id

        board_id = UNSET if self.board_id is None else self.board_id

        operation = UNSET if self.operation is None else self.operation

        method = UNSET if self.method is None else self.method

        path = UNSET if self.path is None else self.path

        _before = UNSET if self.before is None else self.before

        before: dict[str, Any] | Unset = UNSET
        if not isinstance(_before, Unset):
            before = _before.to_dict()

        _after = UNSET if self.after is None else self.after

        after: dict[str, Any] | Unset = UNSET
        if not isinstance(_after, Unset):
            after = _after.to_dict()

        reverted_by = UNSET if self.reverted_by is None else self.reverted_by

        revert_of = UNSET if self.revert_of is None else self.revert_of

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "action": action,
                "resource": resource,
                "revertable": revertable,
                "createdAt": created_at,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id
        if board_id is not UNSET:
            field_dict["boardId"] = board_id
        if operation is not UNSET:
            field_dict["operation"] = operation
        if method is not UNSET:
            field_dict["method"] = method
        if path is not UNSET:
            field_dict["path"] = path
        if before is not UNSET:
            field_dict["before"] = before
        if after is not UNSET:
            field_dict["after"] = after
        if reverted_by is not UNSET:
            field_dict["revertedBy"] = reverted_by
        if revert_of is not UNSET:
            field_dict["revertOf"] = revert_of

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        action = d.pop("action")

        resource = d.pop("resource")

        revertable = d.pop("revertable")

        created_at = d.pop("createdAt")

        id = d.pop("id", None)

        organization_id = d.pop("organizationId", None)

        user_id = d.pop("userId", None)

        user_name = d.pop("userName", None)

        resource_id = d.pop("resourceId", None)

        board_id = d.pop("boardId", None)

        operation = d.pop("operation", None)

        method = d.pop("method", None)

        path = d.pop("path", None)

        _before = d.pop("before", None)
        before = None if _before is None else AuditLogEntryBefore.from_dict(_before)

        _after = d.pop("after", None)
        after = None if _after is None else AuditLogEntryAfter.from_dict(_after)

        reverted_by = d.pop("revertedBy", None)

        revert_of = d.pop("revertOf", None)

        audit_log_entry = cls(
            field_id=field_id,
            action=action,
            resource=resource,
            revertable=revertable,
            created_at=created_at,
            id=id,
            organization_id=organization_id,
            user_id=user_id,
            user_name=user_name,
            resource_id=resource_id,
            board_id=board_id,
            operation=operation,
            method=method,
            path=path,
            before=before,
            after=after,
            reverted_by=reverted_by,
            revert_of=revert_of,
        )

        audit_log_entry.additional_properties = d
        return audit_log_entry

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]


from ..models.audit_log_entry_after import AuditLogEntryAfter
from ..models.audit_log_entry_before import AuditLogEntryBefore
