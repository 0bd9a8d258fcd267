"""``client.activepieces`` (also ``client.workflows``): the Activepieces flow engine (`/activepieces`).

A flow is created as a DRAFT with no trigger. It can be triggered once it has a webhook trigger
(``UPDATE_TRIGGER``) and is published (``LOCK_AND_PUBLISH``); before that its webhook is a 404.
:meth:`Activepieces.trigger_flow_sync` waits for the flow's "Return Response" action: the gateway waits
:data:`GATEWAY_FLOW_WAIT` seconds for it, so the SDK waits longer than that (and never shorter than the
client's own read timeout), then reports a flow that never responded as :class:`~imbrace.FlowTimeoutError`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Unpack

import httpx

from imbrace_generated.gateway import namespaces as gw_ops
from imbrace_generated.gateway.models import Flow, FlowRun
from imbrace_generated.options import CallOptions

from .._errors import APIStatusError, FlowTimeoutError, GatewayTimeoutError, RequestTimeoutError
from .._operations import Call
from .._pagination import by_cursor, walk_pages
from .._resource import FlowGen, IterGen, ModeT, flow, iterator_of

GATEWAY_FLOW_WAIT = 30.0  # seconds the gateway waits for a flow's "Return Response" before giving up
FLOW_WAIT_MARGIN = 15.0  # the SDK waits this much longer, so the gateway's answer always arrives first

_FLOW_TIMEOUT_STATUSES = (RequestTimeoutError, GatewayTimeoutError)


def sync_trigger_timeout(current: httpx.Timeout) -> httpx.Timeout:
    """The client's timeout with a read timeout that outlasts the gateway's wait (None stays unlimited)."""
    read = current.read
    if read is not None:
        read = max(read, GATEWAY_FLOW_WAIT + FLOW_WAIT_MARGIN)
    return httpx.Timeout(connect=current.connect, read=read, write=current.write, pool=current.pool)


def flow_timeout(exc: APIStatusError, flow_id: str) -> FlowTimeoutError:
    """The typed error for a synchronous trigger the flow never answered."""
    return FlowTimeoutError(
        f"flow {flow_id} sent no response before the gateway stopped waiting (status {exc.status_code}; "
        f"the gateway waits about {GATEWAY_FLOW_WAIT:.0f} s): trigger_flow_sync needs a flow that ends in a "
        '"Return Response" action (add one with apply_flow_operation ADD_ACTION), or use trigger_flow to '
        "fire and forget",
        status_code=exc.status_code,
        headers=exc.headers,
        method=exc.method,
        url=exc.url,
        body=exc.body,
        request_id=exc.request_id,
        retries_taken=exc.retries_taken,
    )


def payload_body(payload: Mapping[str, Any] | None) -> dict[str, Any]:
    """A webhook's JSON body: the payload, or ``{}`` without one (the webhook always gets an object)."""
    return dict(payload) if payload is not None else {}


class Activepieces(gw_ops.ActivepiecesOperations[ModeT]):
    """``client.activepieces`` (``client.workflows``): flows, webhook triggers and runs."""

    _service = "gateway"

    # -- flows ------------------------------------------------------------------------------------

    @iterator_of(Flow)
    def iter_flows(
        self,
        limit: int = 10,
        project_id: str | None = None,
        folder_id: str | None = None,
        status: str | None = None,
        **options: Unpack[CallOptions],
    ) -> IterGen:
        """Every flow, page after page, following the ``next`` cursor of :meth:`list_flows`."""
        first = {"limit": limit, "project_id": project_id, "folder_id": folder_id, "status": status}
        return (yield from walk_pages(lambda params: self._call("list_flows", **params), first, by_cursor()))

    # -- triggers ---------------------------------------------------------------------------------
    @flow
    def trigger_flow(
        self, flow_id: str, payload: Mapping[str, Any] | None = None, **options: Unpack[CallOptions]
    ) -> FlowGen[None]:
        """Fire and forget: start a run of a published flow with a webhook trigger (``{}`` by default)."""
        yield Call(self._op("trigger_flow"), {"flow_id": flow_id}, payload_body(payload))

    @flow
    def trigger_flow_sync(
        self, flow_id: str, payload: Mapping[str, Any] | None = None, **options: Unpack[CallOptions]
    ) -> FlowGen[Any]:
        """Run the flow and return what its "Return Response" action returns: parsed JSON, or text.

        The read timeout is raised past the gateway's own wait (see the module), whatever the call's
        ``timeout``. Raises :class:`~imbrace.FlowTimeoutError` when the flow never responds (no such action).
        """
        call = Call(self._op("trigger_flow_sync"), {"flow_id": flow_id}, payload_body(payload))
        call.options["timeout"] = sync_trigger_timeout(self._client.timeout)
        try:
            return (yield call)
        except _FLOW_TIMEOUT_STATUSES as exc:
            raise flow_timeout(exc, flow_id) from None

    # -- runs -------------------------------------------------------------------------------------

    @iterator_of(FlowRun)
    def iter_runs(
        self,
        flow_id: str | None = None,
        limit: int = 10,
        status: str | None = None,
        project_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> IterGen:
        """Every run, newest first, following the ``next`` cursor of :meth:`list_runs`."""
        first = {"flow_id": flow_id, "limit": limit, "status": status, "project_id": project_id}
        return (yield from walk_pages(lambda params: self._call("list_runs", **params), first, by_cursor()))


AsyncActivepieces = Activepieces
"""The async namespace is the same class, parametrised by the client's mode."""

__all__ = ["FLOW_WAIT_MARGIN", "GATEWAY_FLOW_WAIT", "Activepieces", "AsyncActivepieces"]
