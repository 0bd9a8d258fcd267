"""``client.organizations``: organizations (`/platform/v1/organizations`).

``get`` is the operation of ``client.platform.get_org``.
"""

from __future__ import annotations

from imbrace_generated.gateway import namespaces as gw_ops

from .._resource import ModeT


class Organizations(gw_ops.OrganizationsOperations[ModeT]):
    """``client.organizations``: organizations."""
