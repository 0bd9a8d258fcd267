"""``client.teams``: teams and their members (`/platform`).

The official package's short names for the team operations of ``client.platform``: ``teams.list`` is
``platform.list_teams``, ``teams.add_users`` is ``platform.add_team_users``, and so on (one operation each).
Membership by the signed-in user (``join``, ``leave``, ``request_join``) and join requests
(``approve_join_request``) are plain operations too; ``upload_icon`` uploads a team icon.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

from imbrace_generated.gateway import namespaces as gw_ops
from imbrace_generated.options import CallOptions

from .._files import FileInput, multipart_files
from .._operations import Call
from .._resource import FlowGen, ModeT, Resource, flow, retired

if TYPE_CHECKING:
    from imbrace_generated.gateway.models import UploadedImage


def upload_icon_flow(ns: Resource[Any], files: FileInput, team_id: str | None) -> FlowGen[UploadedImage]:
    """Upload a team icon; with ``team_id`` the mock also sets that team's ``icon_url``."""
    body = multipart_files(files, fields={"team_id": team_id})
    result: UploadedImage = yield Call(ns._op("upload_team_icon"), body=body)
    return result


class Teams(gw_ops.TeamsOperations[ModeT]):
    """``client.teams``: teams and their members."""

    @flow
    def upload_icon(
        self, files: FileInput, team_id: str | None = None, **options: Unpack[CallOptions]
    ) -> FlowGen[UploadedImage]:
        """Upload a team icon: ``files={"file": open("icon.png", "rb")}``, a path, bytes or a ``(name,
        content, type)`` tuple; streamed. Returns ``{url}``, to use as the team's ``icon_url``."""
        return (yield from upload_icon_flow(self, files, team_id))

    get_workflows = retired()
