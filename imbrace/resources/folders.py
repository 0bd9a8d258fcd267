"""``client.folders``: Knowledge Hub folders (`/data-board/folders`).

The same operations as the folder methods of ``client.boards`` under shorter names, returning the same
shapes: the spec's ``x-imbrace-unwrap`` removes the ``{"data": ...}`` envelope for both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

from imbrace_generated.gateway import namespaces as gw_ops
from imbrace_generated.options import CallOptions

from .._operations import Call
from .._resource import FlowGen, ModeT, flow
from .boards import ids_body, new_folder

if TYPE_CHECKING:
    from imbrace_generated.gateway.models import DeleteResult, Folder
    from imbrace_generated.gateway.params import FolderCreateParams


class Folders(gw_ops.FoldersOperations[ModeT]):
    """``client.folders``: Knowledge Hub folders."""

    _service = "gateway"

    @flow
    def create(self, body: FolderCreateParams, **options: Unpack[CallOptions]) -> FlowGen[Folder]:
        """Create a folder, with the same defaults as ``client.boards.create_folder``."""
        return (yield from new_folder(self, body))

    @flow
    def delete(self, folder_ids: Any, **options: Unpack[CallOptions]) -> FlowGen[DeleteResult | None]:
        """Delete folders by id: a list of ids, one id, or ``{"ids": [...]}``."""
        result: DeleteResult | None = yield Call(
            self._op("delete_folders"), body=ids_body(folder_ids, "folder_ids")
        )
        return result


AsyncFolders = Folders
