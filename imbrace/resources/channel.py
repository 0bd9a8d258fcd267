"""``client.channel``: the organization's messaging channels (`/channel-service`).

Every channel type of the docs (web, facebook, whatsapp, instagram, wechat, line, email, wecom; ``web`` is
as valid as any), the per-type creation calls (WhatsApp through its v1, v2 and v3 onboarding), stored
channel credentials, channel-workflow links, and the teams and observers a conversation can be assigned
to. All plain operations, declared in openapi/gateway.yaml.
"""

from __future__ import annotations

from imbrace_generated.gateway import namespaces as gw_ops

from .._resource import ModeT


class Channel(gw_ops.ChannelOperations[ModeT]):
    """``client.channel``: messaging channels, their credentials and workflow links."""
