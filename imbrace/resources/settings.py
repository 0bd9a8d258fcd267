"""``client.settings``: the official package's settings namespace, its user part (`/platform/v1/users`)
and the message-template and WhatsApp-template libraries (`/channel-service`).

``list_users``, ``get_user_roles_count`` and ``bulk_invite_users`` are the operations of
``client.platform.list_users``, ``get_user_roles_count`` and ``bulk_invite``. The template operations
(``list_message_templates`` and the rest, ``list_whatsapp_templates`` alias ``list_whats_app_templates``)
are plain operations too.
"""

from __future__ import annotations

from imbrace_generated.gateway import namespaces as gw_ops

from .._resource import ModeT


class Settings(gw_ops.SettingsOperations[ModeT]):
    """``client.settings``: the organization's users, message templates and WhatsApp templates."""
