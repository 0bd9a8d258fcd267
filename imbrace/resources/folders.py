"""``client.folders``: Knowledge Hub folders (`/data-board/folders`)."""

from __future__ import annotations

from ._base import AsyncResource, SyncResource


class Folders(SyncResource):
    """Sync ``client.folders``."""

    _service = "gateway"


class AsyncFolders(AsyncResource):
    """Async ``client.folders``."""

    _service = "gateway"
