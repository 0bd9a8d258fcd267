"""``client.boards``: data boards and items, and Knowledge Hub folders and files (`/data-board`).

The data-board service wraps every object and list it returns in ``{"data": ...}``. :func:`unwrap` is
the one place that removes the envelope, for ``client.boards`` and ``client.folders`` alike, so both
namespaces return the same shapes: a model for an object, a list of models for a list. A bare list
(no envelope), which the server is known to send at times, is returned as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, TYPE_CHECKING, Any, overload

from imbrace_generated.gateway.types import Unset

from .._errors import InvalidRequestError
from .._files import multipart_files
from .._operations import operation
from .._pagination import AsyncPaginator, SyncPaginator, by_offset
from .._streaming import AsyncStreamedResponse, StreamedResponse
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    import os

    from imbrace_generated.gateway.models import (
        Board,
        BoardItem,
        DeleteResult,
        Folder,
        FolderContents,
        KnowledgeFile,
    )

    from .._client import AsyncImbraceClient, ImbraceClient

    Boards_ = list[Board]
    Items = list[BoardItem]
    Folders_ = list[Folder]
    Files = list[KnowledgeFile]
    Destination = str | os.PathLike[str] | IO[bytes]

_ORG_CACHE = "_account_organization_id"  # where a looked-up organization is cached on the client


def unwrap(reply: Any) -> Any:
    """The ``data`` of a data-board envelope; a bare list and an empty reply (None) pass through."""
    if reply is None or isinstance(reply, list):
        return reply
    return reply["data"]


def with_file_id(file: KnowledgeFile) -> KnowledgeFile:
    """Make ``file_id`` always present (the docs read it); the service itself may send only ``_id``."""
    if isinstance(file.file_id, Unset):
        file.file_id = file.field_id
    return file


def known_organization(client: ImbraceClient | AsyncImbraceClient) -> str | None:
    """The client's organization, or the one looked up from the account earlier."""
    cached: str | None = client.__dict__.get(_ORG_CACHE)
    return client.organization_id or cached


def _organization_of(value: Any) -> str | None:
    try:
        org = value["organization_id"]
    except (KeyError, TypeError, IndexError):
        return None
    return org if isinstance(org, str) and org else None


def remember_organization(client: ImbraceClient | AsyncImbraceClient, account: Any) -> str:
    """Read the organization from the account reply (top level or under ``data``) and cache it."""
    org = _organization_of(account) or _organization_of(account.get("data") if account is not None else None)
    if org is None:
        raise InvalidRequestError(
            "organization_id",
            "the client has no organization_id and the account (GET /platform/v1/account) names none; "
            "pass organization_id to the client or in the body",
        )
    client.__dict__[_ORG_CACHE] = org
    return org


def folder_wire(body: Mapping[str, Any], organization_id: str | None) -> dict[str, Any]:
    """The wire body of a new folder: ``parent_folder_id`` "root" and ``source_type`` "upload" by default,
    ``parent_id`` accepted as an alias, and the organization filled in when known.

    The body is validated now (with a stand-in organization when it is still unknown), so bad input fails
    before the account lookup is sent.
    """
    if not isinstance(body, Mapping):
        raise InvalidRequestError("body", f"must be a dict, not {type(body).__name__}")
    wire = {k: v for k, v in body.items() if v is not None}
    if "parent_id" in wire and "parent_folder_id" not in wire:
        wire["parent_folder_id"] = wire.pop("parent_id")
    wire.setdefault("parent_folder_id", "root")
    wire.setdefault("source_type", "upload")
    if organization_id and "organization_id" not in wire:
        wire["organization_id"] = organization_id
    operation("gateway", "create_folder").validate_body({"organization_id": "pending", **wire})
    return wire


def folder_query(
    client: ImbraceClient | AsyncImbraceClient, organization_id: str | None, q: str | None
) -> dict[str, Any]:
    """Folder search parameters; the organization defaults to the client's."""
    return {"organization_id": organization_id or client.organization_id, "q": q}


def ids_body(ids: Any, param: str) -> dict[str, Any]:
    """``{"ids": [...]}`` from a list of ids (one id string is accepted too)."""
    if isinstance(ids, str):
        ids = [ids]
    if isinstance(ids, Mapping) and "ids" in ids:  # the TS form, {ids: [...]}
        ids = ids["ids"]
    if not isinstance(ids, list | tuple) or not ids:
        raise InvalidRequestError(param, "must be a non-empty list of ids")
    return {"ids": list(ids)}


def upload_body(files: Any, folder_id: str | None, organization_id: str | None) -> Any:
    return multipart_files(files, "files", {"folder_id": folder_id, "organization_id": organization_id})


def board_body(name: str, description: str | None, extra: Mapping[str, Any]) -> dict[str, Any]:
    return {"name": name, **({"description": description} if description is not None else {}), **extra}


def search_body(q: str | None, limit: int, offset: int) -> dict[str, Any]:
    return {**({"q": q} if q is not None else {}), "limit": limit, "offset": offset}


class Boards(SyncResource):
    """Sync ``client.boards``."""

    _service = "gateway"

    # -- organization -----------------------------------------------------------------------------
    def _organization_id(self) -> str:
        """The client's organization; without one, looked up once from the account and cached."""
        return known_organization(self._client) or remember_organization(
            self._client, self._call("get_account")
        )

    # -- boards -----------------------------------------------------------------------------------
    def create(self, name: str, description: str | None = None, **extra: Any) -> Board:
        """Create a board. It comes with an identifier field (``is_identifier``) already."""
        return unwrap(self._call("create_board", body=board_body(name, description, extra)))

    def list(self, limit: int = 20, skip: int = 0) -> Boards_:
        return unwrap(self._call("list_boards", query={"limit": limit, "skip": skip}))

    def get(self, board_id: str) -> Board:
        return unwrap(self._call("get_board", path={"board_id": board_id}))

    def update(self, board_id: str, body: Mapping[str, Any]) -> Board:
        return unwrap(self._call("update_board", path={"board_id": board_id}, body=body))

    def delete(self, board_id: str) -> Board | None:
        return unwrap(self._call("delete_board", path={"board_id": board_id}))

    def create_field(self, board_id: str, body: Mapping[str, Any]) -> Board:
        """Add a field; returns the updated **board** (find the new field in ``board["fields"]``)."""
        return unwrap(self._call("create_field", path={"board_id": board_id}, body=body))

    # -- items ------------------------------------------------------------------------------------
    def create_item(self, board_id: str, body: Mapping[str, Any]) -> BoardItem:
        """Create an item from ``{"fields": [{"board_field_id", "value"}]}``."""
        return unwrap(self._call("create_item", path={"board_id": board_id}, body=body))

    def list_items(self, board_id: str, limit: int = 20, skip: int = 0) -> Items:
        """One page of items; :meth:`iter_items` walks them all."""
        return unwrap(
            self._call("list_items", path={"board_id": board_id}, query={"limit": limit, "skip": skip})
        )

    def iter_items(self, board_id: str, limit: int = 100) -> SyncPaginator[BoardItem]:
        """Every item of the board, fetched ``limit`` at a time as the iteration goes."""
        return SyncPaginator(
            lambda params: self.list_items(board_id, **params), {"limit": limit, "skip": 0}, by_offset("skip")
        )

    def search(self, board_id: str, q: str | None = None, limit: int = 100, offset: int = 0) -> Items:
        """Full-text search over the board's items."""
        return unwrap(
            self._call("search_board_items", path={"board_id": board_id}, body=search_body(q, limit, offset))
        )

    def update_item(self, board_id: str, item_id: str, body: Mapping[str, Any]) -> BoardItem:
        """Set the named fields, ``{"data": [{"key": field_id, "value": ...}]}``; others keep their values."""
        return unwrap(self._call("update_item", path={"board_id": board_id, "item_id": item_id}, body=body))

    def delete_item(self, board_id: str, item_id: str) -> BoardItem | None:
        return unwrap(self._call("delete_item", path={"board_id": board_id, "item_id": item_id}))

    @overload
    def export_csv(self, board_id: str, to: None = None) -> str: ...
    @overload
    def export_csv(self, board_id: str, to: Destination) -> int: ...
    def export_csv(self, board_id: str, to: Destination | None = None) -> str | int:
        """The board as CSV text; with ``to`` (a path or binary file), streamed there instead, returning
        the number of bytes written (memory stays flat however large the export)."""
        with StreamedResponse(self._open("export_csv", path={"board_id": board_id}, accept="text/csv")) as r:
            return r.text if to is None else r.write_to(to)

    # -- Knowledge Hub folders --------------------------------------------------------------------
    def create_folder(self, body: Mapping[str, Any]) -> Folder:
        """Create a folder; ``parent_folder_id`` defaults to "root", ``source_type`` to "upload" and
        ``organization_id`` to the client's."""
        wire = folder_wire(body, known_organization(self._client))
        if "organization_id" not in wire:
            wire["organization_id"] = self._organization_id()
        return unwrap(self._call("create_folder", body=wire))

    def search_folders(self, organization_id: str | None = None, q: str | None = None) -> Folders_:
        return unwrap(self._call("search_folders", query=folder_query(self._client, organization_id, q)))

    def get_folder(self, folder_id: str) -> Folder:
        return unwrap(self._call("get_folder", path={"folder_id": folder_id}))

    def get_folder_contents(self, folder_id: str) -> FolderContents:
        """The folder with its ``files`` (and sub-``folders``)."""
        return unwrap(self._call("get_folder_contents", path={"folder_id": folder_id}))

    def update_folder(self, folder_id: str, body: Mapping[str, Any]) -> Folder:
        return unwrap(self._call("update_folder", path={"folder_id": folder_id}, body=body))

    def delete_folders(self, ids: Any) -> DeleteResult | None:
        """Delete folders (and their files) by id."""
        return unwrap(self._call("delete_folders", body=ids_body(ids, "ids")))

    # -- Knowledge Hub files ----------------------------------------------------------------------
    def upload_file(
        self, files: Any, *, folder_id: str | None = None, organization_id: str | None = None
    ) -> KnowledgeFile:
        """Upload a file, streamed from disk: the docs' ``{"file": ..., "folder_id": (None, id)}`` dict,
        a path, or an open binary file. The reply has ``_id`` and ``file_id``."""
        body = upload_body(files, folder_id, organization_id)
        return with_file_id(unwrap(self._call("upload_file", body=body)))

    def search_files(self, folder_id: str | None = None, q: str | None = None) -> Files:
        """Files of a folder (empty for a folder that no longer exists)."""
        return unwrap(self._call("search_files", query={"folder_id": folder_id, "q": q}))

    def get_file(self, file_id: str) -> KnowledgeFile:
        return with_file_id(unwrap(self._call("get_file", path={"file_id": file_id})))

    def create_file(self, body: Mapping[str, Any]) -> KnowledgeFile:
        """Create a file record ``{"name", "folder_id"}`` without content."""
        return with_file_id(unwrap(self._call("create_file", body=body)))

    def delete_files(self, ids: Any) -> DeleteResult | None:
        return unwrap(self._call("delete_files", body=ids_body(ids, "ids")))


class AsyncBoards(AsyncResource):
    """Async ``client.boards``: the same methods as :class:`Boards`, awaited."""

    _service = "gateway"

    async def _organization_id(self) -> str:
        return known_organization(self._client) or remember_organization(
            self._client, await self._call("get_account")
        )

    async def create(self, name: str, description: str | None = None, **extra: Any) -> Board:
        return unwrap(await self._call("create_board", body=board_body(name, description, extra)))

    async def list(self, limit: int = 20, skip: int = 0) -> Boards_:
        return unwrap(await self._call("list_boards", query={"limit": limit, "skip": skip}))

    async def get(self, board_id: str) -> Board:
        return unwrap(await self._call("get_board", path={"board_id": board_id}))

    async def update(self, board_id: str, body: Mapping[str, Any]) -> Board:
        return unwrap(await self._call("update_board", path={"board_id": board_id}, body=body))

    async def delete(self, board_id: str) -> Board | None:
        return unwrap(await self._call("delete_board", path={"board_id": board_id}))

    async def create_field(self, board_id: str, body: Mapping[str, Any]) -> Board:
        return unwrap(await self._call("create_field", path={"board_id": board_id}, body=body))

    async def create_item(self, board_id: str, body: Mapping[str, Any]) -> BoardItem:
        return unwrap(await self._call("create_item", path={"board_id": board_id}, body=body))

    async def list_items(self, board_id: str, limit: int = 20, skip: int = 0) -> Items:
        return unwrap(
            await self._call("list_items", path={"board_id": board_id}, query={"limit": limit, "skip": skip})
        )

    def iter_items(self, board_id: str, limit: int = 100) -> AsyncPaginator[BoardItem]:
        return AsyncPaginator(
            lambda params: self.list_items(board_id, **params), {"limit": limit, "skip": 0}, by_offset("skip")
        )

    async def search(self, board_id: str, q: str | None = None, limit: int = 100, offset: int = 0) -> Items:
        return unwrap(
            await self._call(
                "search_board_items", path={"board_id": board_id}, body=search_body(q, limit, offset)
            )
        )

    async def update_item(self, board_id: str, item_id: str, body: Mapping[str, Any]) -> BoardItem:
        return unwrap(
            await self._call("update_item", path={"board_id": board_id, "item_id": item_id}, body=body)
        )

    async def delete_item(self, board_id: str, item_id: str) -> BoardItem | None:
        return unwrap(await self._call("delete_item", path={"board_id": board_id, "item_id": item_id}))

    @overload
    async def export_csv(self, board_id: str, to: None = None) -> str: ...
    @overload
    async def export_csv(self, board_id: str, to: Destination) -> int: ...
    async def export_csv(self, board_id: str, to: Destination | None = None) -> str | int:
        response = await self._open("export_csv", path={"board_id": board_id}, accept="text/csv")
        async with AsyncStreamedResponse(response) as r:
            if to is None:
                await r.aread()
                return r.text
            return await r.write_to(to)

    async def create_folder(self, body: Mapping[str, Any]) -> Folder:
        wire = folder_wire(body, known_organization(self._client))
        if "organization_id" not in wire:
            wire["organization_id"] = await self._organization_id()
        return unwrap(await self._call("create_folder", body=wire))

    async def search_folders(self, organization_id: str | None = None, q: str | None = None) -> Folders_:
        return unwrap(
            await self._call("search_folders", query=folder_query(self._client, organization_id, q))
        )

    async def get_folder(self, folder_id: str) -> Folder:
        return unwrap(await self._call("get_folder", path={"folder_id": folder_id}))

    async def get_folder_contents(self, folder_id: str) -> FolderContents:
        return unwrap(await self._call("get_folder_contents", path={"folder_id": folder_id}))

    async def update_folder(self, folder_id: str, body: Mapping[str, Any]) -> Folder:
        return unwrap(await self._call("update_folder", path={"folder_id": folder_id}, body=body))

    async def delete_folders(self, ids: Any) -> DeleteResult | None:
        return unwrap(await self._call("delete_folders", body=ids_body(ids, "ids")))

    async def upload_file(
        self, files: Any, *, folder_id: str | None = None, organization_id: str | None = None
    ) -> KnowledgeFile:
        body = upload_body(files, folder_id, organization_id)
        return with_file_id(unwrap(await self._call("upload_file", body=body)))

    async def search_files(self, folder_id: str | None = None, q: str | None = None) -> Files:
        return unwrap(await self._call("search_files", query={"folder_id": folder_id, "q": q}))

    async def get_file(self, file_id: str) -> KnowledgeFile:
        return with_file_id(unwrap(await self._call("get_file", path={"file_id": file_id})))

    async def create_file(self, body: Mapping[str, Any]) -> KnowledgeFile:
        return with_file_id(unwrap(await self._call("create_file", body=body)))

    async def delete_files(self, ids: Any) -> DeleteResult | None:
        return unwrap(await self._call("delete_files", body=ids_body(ids, "ids")))
