"""``client.account``: the signed-in account (`/platform/v1/account`).

``get``/``get_account`` and ``update``/``update_account`` are the official package's two names for the same
two operations; ``upload_avatar`` (also ``client.platform.upload_user_avatar``) uploads the account's image.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

from imbrace_generated.gateway import namespaces as gw_ops
from imbrace_generated.options import CallOptions

from .._files import FileInput, multipart_files
from .._operations import Call
from .._resource import FlowGen, ModeT, Resource, flow

if TYPE_CHECKING:
    from imbrace_generated.gateway.models import UploadedImage


def upload_avatar_flow(ns: Resource[Any], files: FileInput) -> FlowGen[UploadedImage]:
    """Upload the signed-in account's avatar; the account's ``avatar_url`` becomes the reply's ``url``."""
    result: UploadedImage = yield Call(ns._op("upload_account_avatar"), body=multipart_files(files))
    return result


class Account(gw_ops.AccountOperations[ModeT]):
    """``client.account``: read and update the signed-in account."""

    @flow
    def upload_avatar(self, files: FileInput, **options: Unpack[CallOptions]) -> FlowGen[UploadedImage]:
        """Upload the account's avatar: ``files={"file": open("me.png", "rb")}``, a path, bytes or a
        ``(name, content, type)`` tuple; streamed. Returns ``{url}``; ``get()`` then shows it as ``avatar_url``."""
        return (yield from upload_avatar_flow(self, files))
