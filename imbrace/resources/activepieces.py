"""``client.activepieces``: the Activepieces flow engine (`/activepieces`)."""

from __future__ import annotations

from ._base import AsyncResource, SyncResource


class Activepieces(SyncResource):
    """Sync ``client.activepieces``."""

    _service = "gateway"


class AsyncActivepieces(AsyncResource):
    """Async ``client.activepieces``."""

    _service = "gateway"
