"""``client.folders``: Knowledge Hub folders (`/data-board/folders`).

The same operations as the folder methods of ``client.boards`` under shorter names, returning the same
shapes (the ``{"data": ...}`` envelope is removed by the one shared :func:`~imbrace.resources.boards.unwrap`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._base import AsyncResource, SyncResource
from .boards import folder_query, folder_wire, ids_body, known_organization, unwrap

if TYPE_CHECKING:
    from imbrace_generated.gateway.models import DeleteResult, Folder, FolderContents


class Folders(SyncResource):
    """Sync ``client.folders``."""

    _service = "gateway"

    def search(self, organization_id: str | None = None, q: str | None = None) -> list[Folder]:
        return unwrap(self._call("search_folders", query=folder_query(self._client, organization_id, q)))

    def get(self, folder_id: str) -> Folder:
        return unwrap(self._call("get_folder", path={"folder_id": folder_id}))

    def get_contents(self, folder_id: str) -> FolderContents:
        return unwrap(self._call("get_folder_contents", path={"folder_id": folder_id}))

    def create(self, body: Mapping[str, Any]) -> Folder:
        """Create a folder, with the same defaults as ``client.boards.create_folder``."""
        wire = folder_wire(body, known_organization(self._client))
        if "organization_id" not in wire:
            wire["organization_id"] = self._client.boards._organization_id()
        return unwrap(self._call("create_folder", body=wire))

    def update(self, folder_id: str, body: Mapping[str, Any]) -> Folder:
        return unwrap(self._call("update_folder", path={"folder_id": folder_id}, body=body))

    def delete(self, folder_ids: Any) -> DeleteResult | None:
        return unwrap(self._call("delete_folders", body=ids_body(folder_ids, "folder_ids")))


class AsyncFolders(AsyncResource):
    """Async ``client.folders``."""

    _service = "gateway"

    async def search(self, organization_id: str | None = None, q: str | None = None) -> list[Folder]:
        return unwrap(
            await self._call("search_folders", query=folder_query(self._client, organization_id, q))
        )

    async def get(self, folder_id: str) -> Folder:
        return unwrap(await self._call("get_folder", path={"folder_id": folder_id}))

    async def get_contents(self, folder_id: str) -> FolderContents:
        return unwrap(await self._call("get_folder_contents", path={"folder_id": folder_id}))

    async def create(self, body: Mapping[str, Any]) -> Folder:
        wire = folder_wire(body, known_organization(self._client))
        if "organization_id" not in wire:
            wire["organization_id"] = await self._client.boards._organization_id()
        return unwrap(await self._call("create_folder", body=wire))

    async def update(self, folder_id: str, body: Mapping[str, Any]) -> Folder:
        return unwrap(await self._call("update_folder", path={"folder_id": folder_id}, body=body))

    async def delete(self, folder_ids: Any) -> DeleteResult | None:
        return unwrap(await self._call("delete_folders", body=ids_body(folder_ids, "folder_ids")))
