"""``client.platform``: the signed-in user, users, organizations, business units and teams (`/platform`).

Every method is a plain operation of the spec (``openapi/gateway.yaml``), so this class adds nothing: the
team methods are also on ``client.teams`` under the official package's shorter names.
"""

from __future__ import annotations

from imbrace_generated.gateway import namespaces as gw_ops

from .._resource import ModeT


class Platform(gw_ops.PlatformOperations[ModeT]):
    """``client.platform``: users, organizations, business units, teams and their members."""
