"""``client.boards``: data boards and items, and Knowledge Hub folders and files (`/data-board`).

The data-board service wraps every object and list it returns in ``{"data": ...}``; the spec's
``x-imbrace-unwrap: data`` removes the envelope for ``client.boards`` and ``client.folders`` alike, so both
return the same shapes: a model for an object, a list of models for a list. A bare list (no envelope),
which the server is known to send at times, is returned as it is.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import IO, TYPE_CHECKING, Any, Unpack

import httpx

from imbrace_generated.gateway import namespaces as gw_ops
from imbrace_generated.gateway.models.board_item import BoardItem  # the item type of iter_items
from imbrace_generated.gateway.types import Unset
from imbrace_generated.options import CallOptions

from .._errors import APIConnectionError, InvalidRequestError
from .._files import _Sink, multipart_files
from .._operations import Call, Read, operation
from .._pagination import by_offset, walk_pages
from .._resource import FlowGen, IterGen, ModeT, Resource, flow, iterator_of

if TYPE_CHECKING:
    import os

    from imbrace_generated.gateway.models import DeleteResult, Folder, KnowledgeFile

    from .._client import AsyncImbraceClient, ImbraceClient

    Destination = str | os.PathLike[str] | IO[bytes]

_ORG_CACHE = "_account_organization_id"  # where a looked-up organization is cached on the client


def with_file_id(file: KnowledgeFile) -> KnowledgeFile:
    """Make ``file_id`` always present (the docs read it); the service itself may send only ``_id``."""
    if file.file_id is None or isinstance(file.file_id, Unset):  # absent: None, or UNSET in older models
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


def new_folder(resource: Resource[Any], body: Mapping[str, Any]) -> FlowGen[Folder]:
    """Create a folder with the defaults of :func:`folder_wire` (``boards.create_folder``, ``folders.create``)."""
    wire = folder_wire(body, known_organization(resource._client))
    if "organization_id" not in wire:
        wire["organization_id"] = yield from organization_flow(resource)
    folder: Folder = yield Call(resource._op("create_folder"), body=wire)
    return folder


def organization_flow(resource: Resource[Any]) -> FlowGen[str]:
    """The client's organization; without one, looked up once from the account and cached on the client."""
    known = known_organization(resource._client)
    if known:
        return known
    account = yield Call(operation("gateway", "get_account"))
    return remember_organization(resource._client, account)


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


def ids_body(ids: Any, param: str) -> dict[str, Any]:
    """``{"ids": [...]}`` from a list of ids (one id string is accepted too)."""
    if isinstance(ids, str):
        ids = [ids]
    if isinstance(ids, Mapping) and "ids" in ids:  # the TS form, {ids: [...]}
        ids = ids["ids"]
    if not isinstance(ids, list | tuple) or not ids:
        raise InvalidRequestError(param, "must be a non-empty list of ids")
    return {"ids": list(ids)}


def _copy_body(response: httpx.Response, to: Destination) -> Generator[Any, bytes, int]:
    """Read a streamed body chunk by chunk (``Read`` effects) into ``to``; the number of bytes written.

    Each chunk is written before the next is read, so memory stays flat however large the body.
    """
    with _Sink(to) as sink:
        try:
            while chunk := (yield Read(response)):
                sink.write(chunk)
        except httpx.TransportError as exc:
            raise APIConnectionError(f"the response body was interrupted ({type(exc).__name__})") from None
    return sink.written


class Boards(gw_ops.BoardsOperations[ModeT]):
    """``client.boards``: data boards and items, Knowledge Hub folders and files."""

    _service = "gateway"

    # -- boards -----------------------------------------------------------------------------------

    # -- items ------------------------------------------------------------------------------------

    @iterator_of(BoardItem)
    def iter_items(self, board_id: str, limit: int = 100, **options: Unpack[CallOptions]) -> IterGen:
        """Every item of the board, fetched ``limit`` at a time as the iteration goes."""
        op = self._op("list_items")

        def page(params: dict[str, Any]) -> Call:
            return Call(op, {"board_id": board_id, **params})

        yield from walk_pages(page, {"limit": limit, "skip": 0}, by_offset("skip"))

    @flow
    def search(
        self,
        board_id: str,
        q: str | None = None,
        limit: int = 100,
        offset: int = 0,
        **options: Unpack[CallOptions],
    ) -> FlowGen[list[BoardItem]]:
        """Full-text search over the board's items (``limit`` 100 and ``offset`` 0 unless given)."""
        body: dict[str, Any] = {**({"q": q} if q is not None else {}), "limit": limit, "offset": offset}
        result: list[BoardItem] = yield Call(self._op("search_board_items"), {"board_id": board_id}, body)
        return result

    @flow
    def export_csv(
        self, board_id: str, to: Destination | None = None, **options: Unpack[CallOptions]
    ) -> FlowGen[Any]:
        """The board as CSV text (a ``str``); with ``to`` (a path or binary file), streamed there instead,
        returning the number of bytes written (an ``int``; memory stays flat however large the export)."""
        op, args = self._op("export_csv"), {"board_id": board_id}
        if to is None:
            text = yield Call(op, args, accept="text/csv")
            return text or ""
        response = yield Call(op, args, stream=True, accept="text/csv")
        return (yield from _copy_body(response, to))

    # -- Knowledge Hub folders --------------------------------------------------------------------

    @flow
    def create_folder(self, body: Mapping[str, Any], **options: Unpack[CallOptions]) -> FlowGen[Folder]:
        """Create a folder; ``parent_folder_id`` defaults to "root", ``source_type`` to "upload" and
        ``organization_id`` to the client's (looked up once from the account when the client has none)."""
        return (yield from new_folder(self, body))

    @flow
    def delete_folders(self, ids: Any, **options: Unpack[CallOptions]) -> FlowGen[DeleteResult | None]:
        """Delete folders (and their files) by id: a list of ids, one id, or ``{"ids": [...]}``."""
        result: DeleteResult | None = yield Call(self._op("delete_folders"), body=ids_body(ids, "ids"))
        return result

    # -- Knowledge Hub files ----------------------------------------------------------------------

    @flow
    def upload_file(
        self,
        files: Any,
        *,
        folder_id: str | None = None,
        organization_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> FlowGen[KnowledgeFile]:
        """Upload a file, streamed from disk: the docs' ``{"file": ..., "folder_id": (None, id)}`` dict,
        a path, or an open binary file. The reply has ``_id`` and ``file_id``."""
        body = multipart_files(files, "files", {"folder_id": folder_id, "organization_id": organization_id})
        return with_file_id((yield Call(self._op("upload_file"), body=body)))

    @flow
    def get_file(self, file_id: str, **options: Unpack[CallOptions]) -> FlowGen[KnowledgeFile]:
        """One file's record, with ``file_id`` always set."""
        return with_file_id((yield Call(self._op("get_file"), {"file_id": file_id})))

    @flow
    def create_file(self, body: Mapping[str, Any], **options: Unpack[CallOptions]) -> FlowGen[KnowledgeFile]:
        """Create a file record ``{"name", "folder_id"}`` without content."""
        return with_file_id((yield Call(self._op("create_file"), body=body)))

    @flow
    def delete_files(self, ids: Any, **options: Unpack[CallOptions]) -> FlowGen[DeleteResult | None]:
        """Delete files by id: a list of ids, one id, or ``{"ids": [...]}``."""
        result: DeleteResult | None = yield Call(self._op("delete_files"), body=ids_body(ids, "ids"))
        return result

    # last, so that the name ``list`` in the annotations above is still the builtin


AsyncBoards = Boards
"""The async namespace is the same class, parametrised by the client's mode."""

__all__ = ["AsyncBoards", "Boards"]
