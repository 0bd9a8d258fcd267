"""``client.roles``: the organization's roles, the permission catalogue and role assignment (`/platform`).

Every method is a plain operation of the spec: ``roles.assign`` is also ``platform.change_role`` and
``roles.effective_permissions`` is ``platform.get_effective_permissions`` (one operation each).
"""

from __future__ import annotations

from imbrace_generated.gateway import namespaces as gw_ops

from .._resource import ModeT


class Roles(gw_ops.RolesOperations[ModeT]):
    """``client.roles``: roles, their permissions and who holds them."""
