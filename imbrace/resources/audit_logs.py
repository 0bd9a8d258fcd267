"""``client.audit_logs``: the organization's audit trail (`/platform/v1/audit-logs`): filter it, count it,
read one entry, and revert the change an entry records."""

from __future__ import annotations

from imbrace_generated.gateway import namespaces as gw_ops

from .._resource import ModeT


class AuditLogs(gw_ops.AuditLogsOperations[ModeT]):
    """``client.audit_logs``: the organization's audit trail."""
