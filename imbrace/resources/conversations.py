"""``client.conversations``: the inbox's conversations (`/channel-service`).

Plain operations of the spec, except two methods that, as in the official package, pick their route by
what they are given: ``list`` (no filter: ``GET /v1/conversations``; any filter: ``GET
/v2/team_conversations``) and ``get_views_count`` (no business unit: the organization's counts on v1; a
business unit: its counts on v2).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Unpack

from imbrace_generated.gateway import namespaces as gw_ops
from imbrace_generated.options import CallOptions

from .._resource import FlowGen, ModeT, flow

ConversationView = Literal["outstanding", "mine", "team", "all"]
ConversationStatus = Literal["open", "resolved", "closed"]

if TYPE_CHECKING:
    from imbrace_generated.gateway.models import ConversationList, ConversationViewsCount


class Conversations(gw_ops.ConversationsOperations[ModeT]):
    """``client.conversations``: list, search and count by view; join, leave, assign; rename and status."""

    @flow
    def list(
        self,
        type: str | None = None,
        q: str | None = None,
        limit: int | None = None,
        skip: int | None = None,
        *,
        view: ConversationView | None = None,
        status: ConversationStatus | None = None,
        channel_id: str | None = None,
        contact_id: str | None = None,
        team_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> FlowGen[ConversationList]:
        """Conversations, a page at a time (``skip``/``limit``): by ``view`` (outstanding, mine, team, all),
        ``status`` (open, resolved, closed), channel, contact or team; ``type`` is the docs' filter kind
        (a status or view, or what ``q`` is: ``channel``, ``contact``, ``business_unit_id``, ``text``)."""
        filters = {  # each is checked against the spec (its enums) when the call is built
            "type": type,
            "q": q,
            "view": view,
            "status": status,
            "channel_id": channel_id,
            "contact_id": contact_id,
            "team_id": team_id,
        }
        if all(value is None for value in filters.values()):
            result: ConversationList = yield self._call("list_conversations", limit=limit, skip=skip)
        else:
            values = {k: v for k, v in filters.items() if v is not None}
            result = yield self._call("list_team_conversations", limit=limit, skip=skip, **values)
        return result

    @flow
    def get_views_count(
        self,
        business_unit_id: str | None = None,
        *,
        type: ConversationStatus | None = None,
        **options: Unpack[CallOptions],
    ) -> FlowGen[ConversationViewsCount]:
        """Open conversations per view (outstanding, mine, team, all) and conversations per status: the
        organization's, or one business unit's. ``type`` (the docs' form) picks the status the views
        count (default ``open``)."""
        if business_unit_id is None:
            reply = yield self._call("get_views_count", type=type)
        else:
            reply = yield self._call("get_views_count_v2", q=business_unit_id)
        counts: ConversationViewsCount = reply.data
        return counts
