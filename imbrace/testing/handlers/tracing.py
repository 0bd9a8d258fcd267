"""Mock Tempo tracing: a few seeded traces plus one per chat turn the mock served; a tiny TraceQL subset."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from .._app import Ctx, MockError, Reply, json_reply
from .._constants import DEMO_ORGANIZATION_ID
from .._store import Store
from . import handler, seed

SERVICE = "ai-agent"


def record_trace(
    store: Store, name: str, organization_id: str, attributes: dict[str, Any], service: str = SERVICE
) -> dict[str, Any]:
    """Store a deterministic two-span trace (request + LLM call) at the store's clock. Caller may hold the lock."""
    with store.lock:
        traces = store.table("traces")
        trace_id = hashlib.sha256(f"{len(traces)}:{name}".encode()).hexdigest()[:32]
        start = int(store.clock * 1e9)
        attrs = {"org.id": organization_id, **attributes}
        root = {
            "spanID": trace_id[:16],
            "name": name,
            "serviceName": service,
            "startTimeUnixNano": str(start),
        }
        child = {"spanID": trace_id[16:], "parentSpanID": trace_id[:16], "name": "llm.generate"}
        trace = {
            "traceID": trace_id,
            "rootServiceName": service,
            "rootTraceName": name,
            "startTimeUnixNano": str(start),
            "durationMs": 120,
            "spans": [
                {**root, "durationMs": 120, "attributes": attrs},
                {
                    **child,
                    "serviceName": service,
                    "startTimeUnixNano": str(start + 5_000_000),
                    "durationMs": 100,
                    "attributes": {"org.id": organization_id, "llm.model": "Default"},
                },
            ],
        }
        traces[trace_id] = trace
        return trace


@seed
def _seed(store: Store) -> None:
    for name, status, route in (
        ("POST /v2/chat", 200, "/v2/chat"),
        ("GET /health", 200, "/health"),
        ("POST /v2/chat", 500, "/v2/chat"),
    ):
        store.clock -= 60
        record_trace(
            store,
            name,
            DEMO_ORGANIZATION_ID,
            {
                "http.method": name.split()[0],
                "http.route": route,
                "http.status_code": status,
                "http.status": status,
            },
        )
    store.clock += 180


def _org(trace: dict[str, Any]) -> Any:
    return trace["spans"][0]["attributes"].get("org.id")


def _summary(trace: dict[str, Any], details: bool) -> dict[str, Any]:
    return trace if details else {k: v for k, v in trace.items() if k != "spans"}


@handler("get_traces")
def get_traces(ctx: Ctx) -> Reply:
    q = ctx.query
    with ctx.store.lock:
        traces = sorted(
            ctx.store.table("traces").values(), key=lambda t: int(t["startTimeUnixNano"]), reverse=True
        )
        since = (ctx.store.clock - q["timeRange"]) * 1e9 if q.get("timeRange") else None
    found = [
        t
        for t in traces
        if (q.get("service") is None or t["rootServiceName"] == q["service"])
        and (q.get("orgId") is None or _org(t) == q["orgId"])
        and (since is None or int(t["startTimeUnixNano"]) >= since)
    ]
    limit = q.get("limit") or 20
    return json_reply({"traces": [_summary(t, bool(q.get("details"))) for t in found[:limit]]})


def _spans(ctx: Ctx) -> list[dict[str, Any]]:
    with ctx.store.lock:
        return [s for t in ctx.store.table("traces").values() for s in t["spans"]]


@handler("get_trace_services")
def get_trace_services(ctx: Ctx) -> Reply:
    return json_reply({"services": sorted({s["serviceName"] for s in _spans(ctx)})})


@handler("get_trace_tags")
def get_trace_tags(ctx: Ctx) -> Reply:
    return json_reply(
        {"tagNames": sorted({k for s in _spans(ctx) for k in s["attributes"]} | {"service.name"})}
    )


@handler("get_trace_tag_values")
def get_trace_tag_values(ctx: Ctx) -> Reply:
    tag = ctx.path["tag"]
    values = {str(s["attributes"][tag]) for s in _spans(ctx) if tag in s["attributes"]}
    if tag == "service.name":
        values = {s["serviceName"] for s in _spans(ctx)}
    return json_reply({"tagValues": sorted(values)})


_CONDITION = re.compile(r'^\s*\.?(?:resource\.|span\.)?([\w.]+)\s*(=|!=)\s*("([^"]*)"|-?\d+)\s*$')


def _matches(span: dict[str, Any], key: str, op: str, value: str) -> bool:
    actual = span["serviceName"] if key == "service.name" else span["attributes"].get(key)
    equal = actual is not None and str(actual) == value
    return equal if op == "=" else not equal


@handler("search_traceql")
def search_traceql(ctx: Ctx) -> Reply:
    """``{ .a = "x" && .b = 500 }``: traces with one span meeting every condition (= and != only)."""
    query = ctx.query["q"].strip()
    if not (query.startswith("{") and query.endswith("}")):
        raise MockError(400, "TraceQL must be a { ... } span set")
    conditions = []
    for part in query[1:-1].split("&&"):
        m = _CONDITION.match(part)
        if m is None:
            raise MockError(400, f"unsupported TraceQL condition: {part.strip()!r}")
        conditions.append((m.group(1), m.group(2), m.group(4) if m.group(4) is not None else m.group(3)))
    with ctx.store.lock:
        traces = list(ctx.store.table("traces").values())
    found = [t for t in traces if any(all(_matches(s, *c) for c in conditions) for s in t["spans"])]
    return json_reply({"traces": [_summary(t, False) for t in found]})
