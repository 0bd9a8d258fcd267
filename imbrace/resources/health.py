"""``client.health``: the gateway's health (its root route, `GET /`)."""

from __future__ import annotations

from imbrace_generated.gateway import namespaces as gw_ops

from .._resource import ModeT


class Health(gw_ops.HealthOperations[ModeT]):
    """``client.health``: the gateway's health."""
