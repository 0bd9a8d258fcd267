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

The pools' network backends are wrapped too, so a call's deadline (:data:`DEADLINE`, set by the transport
for one attempt) bounds every socket operation: each read, write, connect and TLS handshake waits at most
until the deadline, not a fresh full timeout each. A server that drips one byte per read timeout can no
longer keep a call alive forever.
"""

from __future__ import annotations

import time
from typing import Any

import httpcore
import httpx

from ._transport import DEADLINE

_SUPPORTED = httpcore.__version__.startswith("1.0.")


def clamp(timeout: float | None, error: type[Exception]) -> float | None:
    """``timeout`` for one socket operation, shortened to the time left before :data:`DEADLINE`; raises
    ``error`` when none is left."""
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error("the call's deadline passed")
    return left if timeout is None or timeout > left else timeout


class _Stream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> Any:
        return _Stream(
            self._stream.start_tls(ssl_context, server_hostname, clamp(timeout, httpcore.ConnectTimeout))
        )

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        timeout = clamp(timeout, httpcore.ConnectTimeout)
        return _Stream(self._backend.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        timeout = clamp(timeout, httpcore.ConnectTimeout)
        return _Stream(self._backend.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, clamp(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, clamp(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> Any:
        timeout = clamp(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = clamp(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(
            await self._backend.connect_tcp(host, port, timeout, local_address, socket_options)
        )

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.AsyncNetworkStream:
        timeout = clamp(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._backend.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


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
        transport._pool._network_backend = _Backend(transport._pool._network_backend)
    return transport


def async_transport(**kwargs: Any) -> httpx.AsyncHTTPTransport:
    transport = httpx.AsyncHTTPTransport(**kwargs)
    if _SUPPORTED and type(transport._pool) is httpcore.AsyncConnectionPool:
        transport._pool.__class__ = _LinearAsyncPool
        transport._pool._network_backend = _AsyncBackend(transport._pool._network_backend)
    return transport
