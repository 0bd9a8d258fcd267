"""``client.license``: the installation's license (`/license`); ``get`` and ``get_license`` are one operation."""

from __future__ import annotations

from imbrace_generated.gateway import namespaces as gw_ops

from .._resource import ModeT


class License(gw_ops.LicenseOperations[ModeT]):
    """``client.license``: read and activate the license."""
