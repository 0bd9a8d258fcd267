"""Connection pools that stay fast when many connections are kept alive.

httpcore 1.0's pool re-plans every request assignment by scanning all connections once per connection
and once per queued request, and polls the socket of every idle connection each time. With the SDK's
pool (keep-alive = max connections, so connections are reused instead of churned) and 100 requests in
flight, that quadratic work capped async throughput at about 90 requests/s on a 2-core machine
(benchmarks/: 0.09x raw httpx). :func:`assign` does the same job in one pass: it polls only the idle
connection it is about to reuse, never hands one connection to two waiting requests (httpcore does, and
the loser retries), and stops looking once an origin has no free connection.

It replaces one method of httpcore's pool classes; the rest is httpcore's own. Only httpcore 1.0.x,
whose internals it was written against, gets it; any other version keeps httpcore's pool.
"""

from __future__ import annotations

from typing import Any

import httpcore
import httpx

_SUPPORTED = httpcore.__version__.startswith("1.0.")


def assign(pool: Any) -> list[Any]:
    """Assign queued requests to connections; return the connections to close (httpcore's contract)."""
    closing: list[Any] = []
    connections: list[Any] = pool._connections
    idle = 0
    for connection in list(connections):
        if connection.is_closed():
            connections.remove(connection)
        elif connection.is_idle():
            idle += 1
            if idle > pool._max_keepalive_connections:
                connections.remove(connection)
                closing.append(connection)
    exhausted: set[tuple[bytes, bytes, int | None]] = set()
    # A connection handed to a request that has not started yet still looks idle: never hand it out twice
    # (httpcore would, and the loser retries the whole assignment: ~24 tries a request at 100 in flight).
    taken = {id(r.connection) for r in pool._requests if r.connection is not None}
    for pool_request in pool._requests:
        if not pool_request.is_queued():
            continue
        origin = pool_request.request.url.origin
        key = (origin.scheme, origin.host, origin.port)
        if key in exhausted:
            continue
        connection = None
        for candidate in connections:
            if id(candidate) in taken:
                continue
            if candidate.can_handle_request(origin) and candidate.is_available():
                if (
                    candidate.is_idle() and candidate.has_expired()
                ):  # only the one about to be reused is polled
                    continue
                connection = candidate
                break
        if connection is None:
            if len(connections) >= pool._max_connections:
                for stale in [c for c in connections if c.is_idle() and c.has_expired()]:
                    connections.remove(stale)
                    closing.append(stale)
            if len(connections) >= pool._max_connections:
                victim = next((c for c in connections if c.is_idle() and id(c) not in taken), None)
                if victim is None:  # every connection is busy: the rest of this origin's queue waits too
                    exhausted.add(key)
                    continue
                connections.remove(victim)
                closing.append(victim)
            connection = pool.create_connection(origin)
            connections.append(connection)
        pool_request.assign_to_connection(connection)
        taken.add(id(connection))
    return closing


class _LinearPool(httpcore.ConnectionPool):
    _assign_requests_to_connections = assign


class _LinearAsyncPool(httpcore.AsyncConnectionPool):
    _assign_requests_to_connections = assign


def sync_transport(**kwargs: Any) -> httpx.HTTPTransport:
    transport = httpx.HTTPTransport(**kwargs)
    if _SUPPORTED and type(transport._pool) is httpcore.ConnectionPool:
        transport._pool.__class__ = _LinearPool
    return transport


def async_transport(**kwargs: Any) -> httpx.AsyncHTTPTransport:
    transport = httpx.AsyncHTTPTransport(**kwargs)
    if _SUPPORTED and type(transport._pool) is httpcore.AsyncConnectionPool:
        transport._pool.__class__ = _LinearAsyncPool
    return transport
