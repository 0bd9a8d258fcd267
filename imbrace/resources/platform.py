"""``client.platform``: the signed-in user, users, organizations, business units, teams, and the
channel-service routes the official package keeps here (contacts, workflow credentials, the default web
channel) (`/platform`, `/channel-service/v1`).

Most methods are plain operations of the spec (``openapi/gateway.yaml``); the team methods are also on
``client.teams`` under the official package's shorter names. The flows below are adding team users and the two
credential-type calls whose arguments or reply the official package reshapes. The methods whose routes
the platform no longer serves are declared with :func:`~imbrace._resource.retired`: they raise
:class:`~imbrace.RetiredMethodError` and send nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Unpack

from imbrace_generated.gateway import namespaces as gw_ops
from imbrace_generated.options import CallOptions

from .._errors import InvalidRequestError
from .._operations import Call
from .._resource import FlowGen, ModeT, Retired, flow, retired
from .teams import add_users_flow

if TYPE_CHECKING:
    from imbrace_generated.gateway.models import (
        CredentialParam,
        CredentialType,
        CredentialTypeGroups,
        TeamUserList,
    )
    from imbrace_generated.gateway.params import TeamUserRoleParams

_DEACTIVATE = "Use platform.deactivate_user() instead."
_ROLES = "Permissions come from roles: use platform.change_role()."
_CHANNELS = "Channels are managed through client.channel."


class Platform(gw_ops.PlatformOperations[ModeT]):
    """``client.platform``: users, organizations, business units, teams and their members."""

    @flow
    def add_team_users(
        self,
        team_id: str | Mapping[str, Any],
        user_ids: Sequence[str] | Sequence[TeamUserRoleParams] | None = None,
        role: str = "member",
        users: Sequence[TeamUserRoleParams] | None = None,
        reserve_leave: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> FlowGen[TeamUserList]:
        """Add users to a team (``client.teams.add_users``); the official package's one-dict form
        ``add_team_users({"team_id": ..., "user_ids": [...]})`` works too."""
        return (yield from add_users_flow(self, team_id, user_ids, role, users, reserve_leave))

    @flow
    def get_credential_param(
        self, params: Mapping[str, Any], **options: Unpack[CallOptions]
    ) -> FlowGen[CredentialParam]:
        """A credential type's parameters: ``params`` is the query, with the type's name as ``type``
        (``get_credential_type_by_name(name)`` is the same call)."""
        if not isinstance(params, Mapping) or not params.get("type"):
            raise InvalidRequestError("params['type']", "is required: the credential type's name")
        call = self._call("get_credential_param", name=params["type"])
        rest = {k: v for k, v in params.items() if k != "type"}
        if rest:
            call.options["extra_query"] = rest
        result: CredentialParam = yield call
        return result

    @flow
    def list_processed_credential_types(
        self, **options: Unpack[CallOptions]
    ) -> FlowGen[list[CredentialType]]:
        """Every credential type as one list (the service groups them as ``{channel, integration}``)."""
        groups: CredentialTypeGroups = yield Call(self._op("list_credential_types"))
        return [*(groups.channel or []), *(groups.integration or [])]

    # Retired upstream (the legacy backend's routes are gone): each raises and sends nothing.
    archive_user: Retired = retired(_DEACTIVATE)
    suspend_user: Retired = retired(_DEACTIVATE)
    get_user_workflows: Retired = retired()
    get_team_workflows: Retired = retired()
    list_permissions: Retired = retired(
        "Permissions come from roles: use platform.get_effective_permissions(user_id)."
    )
    grant_permission: Retired = retired(_ROLES)
    revoke_permission: Retired = retired(_ROLES)
    list_rooms: Retired = retired()
    get_room: Retired = retired()
    update_room: Retired = retired()
    get_room_status: Retired = retired()
    join_room: Retired = retired()
    get_room_status_count: Retired = retired()
    search_rooms: Retired = retired()
    list_stores: Retired = retired()
    create_store: Retired = retired()
    update_store: Retired = retired()
    get_store: Retired = retired()
    get_facebook_pages: Retired = retired(_CHANNELS)
    auth_facebook_pages: Retired = retired(_CHANNELS)
    cancel_facebook_pages: Retired = retired(_CHANNELS)
    create_mail_channel: Retired = retired(_CHANNELS)
    get_mail_channel: Retired = retired(_CHANNELS)
    get_credential_types: Retired = retired("Use platform.list_processed_credential_types() instead.")
    list_knowledge: Retired = retired("Knowledge Hub files live in folders: use client.folders.")
    upload_knowledge: Retired = retired("Use client.boards.upload_file() instead.")
    list_resources: Retired = retired()
