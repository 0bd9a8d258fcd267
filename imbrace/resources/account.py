"""``client.account``: the signed-in account (`/platform/v1/account`).

``get``/``get_account`` and ``update``/``update_account`` are the official package's two names for the same
two operations; ``upload_avatar`` (also ``client.platform.upload_user_avatar``) uploads the account's image.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from imbrace_generated.gateway import namespaces as gw_ops

from .._resource import ModeT

if TYPE_CHECKING:
    pass


class Account(gw_ops.AccountOperations[ModeT]):
    """``client.account``: read and update the signed-in account."""
