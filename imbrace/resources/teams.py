"""``client.teams``: teams and their members (`/platform`).

The official package's short names for the team operations of ``client.platform``: ``teams.list`` is
``platform.list_teams``, ``teams.add_users`` is ``platform.add_team_users``, and so on (one operation each).
Membership by the signed-in user (``join``, ``leave``, ``request_join``) and join requests
(``approve_join_request``) are plain operations too; ``upload_icon`` uploads a team icon.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Unpack

from imbrace_generated.gateway import namespaces as gw_ops
from imbrace_generated.options import CallOptions

from .._errors import InvalidRequestError
from .._resource import FlowGen, ModeT, Resource, Retired, flow, retired

if TYPE_CHECKING:
    from imbrace_generated.gateway.models import TeamUserList
    from imbrace_generated.gateway.params import TeamUserRoleParams


def add_users_flow(
    ns: Resource[Any],
    team_id: str | Mapping[str, Any],
    user_ids: Sequence[str] | Sequence[TeamUserRoleParams] | None,
    role: str,
    users: Sequence[TeamUserRoleParams] | None,
    reserve_leave: bool | None,
) -> FlowGen[TeamUserList]:
    """Add members: ``users=[{"user_id", "role"}]``, or the shorthand ``user_ids`` (all with ``role``). The
    official package's ``platform.add_team_users(body)`` passes all of it as one dict in place of
    ``team_id``."""
    if isinstance(team_id, Mapping):
        given = dict(team_id)
        team_id = given.pop("team_id", None)
        user_ids = given.pop("user_ids", user_ids)
        users = given.pop("users", users)
        role = given.pop("role", role)
        reserve_leave = given.pop("reserve_leave", reserve_leave)
    if users is None and user_ids is not None and all(isinstance(u, Mapping) for u in user_ids):
        users, user_ids = user_ids, None  # type: ignore[assignment]  # our earlier form: users second
    if users is None:
        if isinstance(user_ids, str) or not isinstance(user_ids, Sequence) or not user_ids:
            raise InvalidRequestError(
                "user_ids", "give a non-empty list of user ids, or users=[{user_id, role}]"
            )
        bad = [u for u in user_ids if not isinstance(u, str) or not u]
        if bad:
            raise InvalidRequestError("user_ids", f"must be user id strings, not {type(bad[0]).__name__}")
        users = [{"user_id": str(u), "role": role} for u in user_ids]
    call = ns._call("add_team_users", team_id=team_id, users=list(users), reserve_leave=reserve_leave)
    result: TeamUserList = yield call
    return result


class Teams(gw_ops.TeamsOperations[ModeT]):
    """``client.teams``: teams and their members."""

    @flow
    def add_users(
        self,
        team_id: str,
        user_ids: Sequence[str] | Sequence[TeamUserRoleParams] | None = None,
        role: str = "member",
        users: Sequence[TeamUserRoleParams] | None = None,
        reserve_leave: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> FlowGen[TeamUserList]:
        """Add users to a team: ``add_users(team_id, ["u1", "u2"], role="admin")`` or
        ``add_users(team_id, users=[{"user_id": "u1", "role": "admin"}])``; returns the members afterwards."""
        return (yield from add_users_flow(self, team_id, user_ids, role, users, reserve_leave))

    get_workflows: Retired = retired()
