"""``client.activepieces``: the Activepieces flow engine (`/activepieces`): flows, webhook triggers, runs.

A flow is created as a DRAFT with no trigger. It can be triggered once it has a webhook trigger
(``UPDATE_TRIGGER``) and is published (``LOCK_AND_PUBLISH``); before that its webhook is a 404.
:meth:`Activepieces.trigger_flow_sync` waits for the flow's "Return Response" action: the gateway waits
:data:`GATEWAY_FLOW_WAIT` seconds for it, so the SDK waits longer than that (and never shorter than the
client's own read timeout), then reports a flow that never responded as :class:`~imbrace.FlowTimeoutError`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from .._errors import APIStatusError, FlowTimeoutError, GatewayTimeoutError, RequestTimeoutError
from .._pagination import AsyncPaginator, SyncPaginator, by_cursor
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from imbrace_generated.gateway.models import Flow, FlowPage, FlowRun, FlowRunPage

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


def flow_query(
    limit: int, cursor: str | None, project_id: str | None, folder_id: str | None, status: str | None
) -> dict[str, Any]:
    return {
        "limit": limit,
        "cursor": cursor,
        "project_id": project_id,
        "folder_id": folder_id,
        "status": status,
    }


def run_query(
    flow_id: str | None, limit: int, cursor: str | None, status: str | None, project_id: str | None
) -> dict[str, Any]:
    return {"flow_id": flow_id, "limit": limit, "cursor": cursor, "status": status, "project_id": project_id}


def payload_body(payload: Mapping[str, Any] | None) -> dict[str, Any]:
    return dict(payload) if payload is not None else {}


class Activepieces(SyncResource):
    """Sync ``client.activepieces``."""

    _service = "gateway"

    # -- flows ------------------------------------------------------------------------------------
    def list_flows(
        self,
        limit: int = 10,
        cursor: str | None = None,
        project_id: str | None = None,
        folder_id: str | None = None,
        status: str | None = None,
    ) -> FlowPage:
        """One page of flows, ``{"data": [...], "next": cursor}``; :meth:`iter_flows` walks them all."""
        return self._call("list_flows", query=flow_query(limit, cursor, project_id, folder_id, status))

    def iter_flows(
        self,
        limit: int = 10,
        project_id: str | None = None,
        folder_id: str | None = None,
        status: str | None = None,
    ) -> SyncPaginator[Flow]:
        """Every flow, following the ``next`` cursor."""
        return SyncPaginator(
            lambda params: self.list_flows(**params),
            {"limit": limit, "project_id": project_id, "folder_id": folder_id, "status": status},
            by_cursor(),
        )

    def create_flow(self, display_name: str, project_id: str) -> Flow:
        """Create a flow: a DRAFT with no trigger yet."""
        return self._call("create_flow", body={"displayName": display_name, "projectId": project_id})

    def get_flow(self, flow_id: str) -> Flow:
        return self._call("get_flow", path={"flow_id": flow_id})

    def delete_flow(self, flow_id: str) -> None:
        self._call("delete_flow", path={"flow_id": flow_id})

    def apply_flow_operation(self, flow_id: str, body: Mapping[str, Any]) -> Flow | None:
        """Apply ``{"type": ..., "request": {...}}``: UPDATE_TRIGGER, ADD_ACTION, LOCK_AND_PUBLISH, ..."""
        return self._call("apply_flow_operation", path={"flow_id": flow_id}, body=body)

    # -- triggers ---------------------------------------------------------------------------------
    def trigger_flow(self, flow_id: str, payload: Mapping[str, Any] | None = None) -> None:
        """Fire and forget: start a run of a published flow with a webhook trigger."""
        self._call("trigger_flow", path={"flow_id": flow_id}, body=payload_body(payload))

    def trigger_flow_sync(self, flow_id: str, payload: Mapping[str, Any] | None = None) -> Any:
        """Run the flow and return what its "Return Response" action returns: parsed JSON, or text.

        Raises :class:`~imbrace.FlowTimeoutError` when the flow never responds (no such action).
        """
        patient = Activepieces(self._client.with_options(timeout=sync_trigger_timeout(self._client.timeout)))
        try:
            return patient._call("trigger_flow_sync", path={"flow_id": flow_id}, body=payload_body(payload))
        except _FLOW_TIMEOUT_STATUSES as exc:
            raise flow_timeout(exc, flow_id) from None

    # -- runs -------------------------------------------------------------------------------------
    def list_runs(
        self,
        flow_id: str | None = None,
        limit: int = 10,
        cursor: str | None = None,
        status: str | None = None,
        project_id: str | None = None,
    ) -> FlowRunPage:
        """One page of runs (``id``, ``status``, ``startTime``), newest first; :meth:`iter_runs` walks all."""
        return self._call("list_runs", query=run_query(flow_id, limit, cursor, status, project_id))

    def iter_runs(
        self,
        flow_id: str | None = None,
        limit: int = 10,
        status: str | None = None,
        project_id: str | None = None,
    ) -> SyncPaginator[FlowRun]:
        return SyncPaginator(
            lambda params: self.list_runs(**params),
            {"flow_id": flow_id, "limit": limit, "status": status, "project_id": project_id},
            by_cursor(),
        )

    def get_run(self, run_id: str) -> FlowRun:
        return self._call("get_run", path={"run_id": run_id})


class AsyncActivepieces(AsyncResource):
    """Async ``client.activepieces``: the same methods as :class:`Activepieces`, awaited."""

    _service = "gateway"

    async def list_flows(
        self,
        limit: int = 10,
        cursor: str | None = None,
        project_id: str | None = None,
        folder_id: str | None = None,
        status: str | None = None,
    ) -> FlowPage:
        return await self._call("list_flows", query=flow_query(limit, cursor, project_id, folder_id, status))

    def iter_flows(
        self,
        limit: int = 10,
        project_id: str | None = None,
        folder_id: str | None = None,
        status: str | None = None,
    ) -> AsyncPaginator[Flow]:
        return AsyncPaginator(
            lambda params: self.list_flows(**params),
            {"limit": limit, "project_id": project_id, "folder_id": folder_id, "status": status},
            by_cursor(),
        )

    async def create_flow(self, display_name: str, project_id: str) -> Flow:
        return await self._call("create_flow", body={"displayName": display_name, "projectId": project_id})

    async def get_flow(self, flow_id: str) -> Flow:
        return await self._call("get_flow", path={"flow_id": flow_id})

    async def delete_flow(self, flow_id: str) -> None:
        await self._call("delete_flow", path={"flow_id": flow_id})

    async def apply_flow_operation(self, flow_id: str, body: Mapping[str, Any]) -> Flow | None:
        return await self._call("apply_flow_operation", path={"flow_id": flow_id}, body=body)

    async def trigger_flow(self, flow_id: str, payload: Mapping[str, Any] | None = None) -> None:
        await self._call("trigger_flow", path={"flow_id": flow_id}, body=payload_body(payload))

    async def trigger_flow_sync(self, flow_id: str, payload: Mapping[str, Any] | None = None) -> Any:
        patient = AsyncActivepieces(
            self._client.with_options(timeout=sync_trigger_timeout(self._client.timeout))
        )
        try:
            return await patient._call(
                "trigger_flow_sync", path={"flow_id": flow_id}, body=payload_body(payload)
            )
        except _FLOW_TIMEOUT_STATUSES as exc:
            raise flow_timeout(exc, flow_id) from None

    async def list_runs(
        self,
        flow_id: str | None = None,
        limit: int = 10,
        cursor: str | None = None,
        status: str | None = None,
        project_id: str | None = None,
    ) -> FlowRunPage:
        return await self._call("list_runs", query=run_query(flow_id, limit, cursor, status, project_id))

    def iter_runs(
        self,
        flow_id: str | None = None,
        limit: int = 10,
        status: str | None = None,
        project_id: str | None = None,
    ) -> AsyncPaginator[FlowRun]:
        return AsyncPaginator(
            lambda params: self.list_runs(**params),
            {"flow_id": flow_id, "limit": limit, "status": status, "project_id": project_id},
            by_cursor(),
        )

    async def get_run(self, run_id: str) -> FlowRun:
        return await self._call("get_run", path={"run_id": run_id})
