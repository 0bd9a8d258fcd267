"""``client.campaign``: campaigns and their touchpoints (`/channel-service`).

Every method is a plain operation of the spec. ``create_touchpoint`` and ``validate_touchpoint`` take
both documented body forms (the reference page's and the resources page's).
"""

from __future__ import annotations

from imbrace_generated.gateway import namespaces as gw_ops

from .._resource import ModeT


class Campaign(gw_ops.CampaignOperations[ModeT]):
    """``client.campaign``: campaigns, touchpoints and touchpoint validation."""
