"""``client.outbound``: messages the business sends first, by WhatsApp or email (`/channel-service/v1/outbounds`).

Plain operations, declared in openapi/gateway.yaml; the mock records each send.
"""

from __future__ import annotations

from imbrace_generated.gateway import namespaces as gw_ops

from .._resource import ModeT


class Outbound(gw_ops.OutboundOperations[ModeT]):
    """``client.outbound``: WhatsApp and email sends."""
