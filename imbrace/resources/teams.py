"""``client.teams``: teams and their members (`/platform`).

The official package's short names for the team operations of ``client.platform``: ``teams.list`` is
``platform.list_teams``, ``teams.add_users`` is ``platform.add_team_users``, and so on (one operation each).
"""

from __future__ import annotations

from imbrace_generated.gateway import namespaces as gw_ops

from .._resource import ModeT


class Teams(gw_ops.TeamsOperations[ModeT]):
    """``client.teams``: teams and their members."""
