"""``client.boards``: data boards, Knowledge Hub folders and files (`/data-board`)."""

from __future__ import annotations

from ._base import AsyncResource, SyncResource


class Boards(SyncResource):
    """Sync ``client.boards``."""

    _service = "gateway"


class AsyncBoards(AsyncResource):
    """Async ``client.boards``."""

    _service = "gateway"
