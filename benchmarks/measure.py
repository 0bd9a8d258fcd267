"""What each benchmark row measures, for three variants: ``sdk`` (this SDK), ``raw`` (plain httpx doing
the same request with the same headers and body) and ``incumbent`` (imbrace 1.3.1).

This module needs only the standard library and httpx at import time, so it also runs under the
incumbent's interpreter: ``python measure.py <row> <variant> <json kwargs>`` prints the row's figures as
JSON. Rows that measure memory or start-up always run that way, one fresh process per variant, so one
variant's peak RSS cannot hide another's. A method the SDK does not have yet makes the row ``n/a``.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import resource
import statistics
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx

API_KEY = "api_bench"
CHAT_ACCEPT = "text/event-stream, text/plain;q=0.9"
AGENT_ID = "asst_bench"
USER_AGENT = "imbrace-python/bench"  # replaced by the SDK's own in raw headers (see sdk_user_agent)


class NotAvailable(Exception):
    """The variant has no such method (yet): the row prints ``n/a``."""


def sdk_user_agent() -> str:
    try:
        from imbrace._transport import USER_AGENT as ua

        return str(ua)
    except ImportError:
        return USER_AGENT


def raw_headers(accept: str = "application/json") -> dict[str, str]:
    """The headers the SDK sends with an API key, so raw httpx does exactly the same request."""
    return {"user-agent": sdk_user_agent(), "x-api-key": API_KEY, "accept": accept}


def chat_body(assistant_id: str) -> dict[str, Any]:
    """A complete chat body (``id`` and ``user_id`` given), so the SDK sends it as-is with no lookup."""
    return {
        "id": str(uuid.uuid4()),
        "assistant_id": assistant_id,
        "messages": [{"role": "user", "content": "Tell me about widgets."}],
        "user_id": "user_bench",
    }


def rss_now() -> int:
    """Resident set size now, in bytes (Linux ``/proc/self/statm``)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def rss_peak() -> int:
    """Peak resident set size of this process so far, in bytes (``ru_maxrss`` is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def raise_fd_limit() -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def namespace_method(client: Any, namespace: str, method: str) -> Callable[..., Any]:
    try:
        return getattr(getattr(client, namespace), method)  # type: ignore[no-any-return]
    except AttributeError:
        raise NotAvailable(f"{namespace}.{method}") from None


# -- clients per variant -------------------------------------------------------------------------
def sync_client(variant: str, base: str) -> Any:
    if variant == "raw":
        return httpx.Client()
    import imbrace

    if variant == "incumbent":
        return imbrace.ImbraceClient(api_key=API_KEY, base_url=base, organization_id="org_bench")
    return imbrace.ImbraceClient(api_key=API_KEY, base_url=base)


def async_client(variant: str, base: str, **kwargs: Any) -> Any:
    raw = {k[4:]: kwargs.pop(k) for k in list(kwargs) if k.startswith("raw_")}
    if variant == "raw":
        return httpx.AsyncClient(**raw)
    import imbrace

    if variant == "incumbent":
        return imbrace.AsyncImbraceClient(api_key=API_KEY, base_url=base, organization_id="org_bench")
    return imbrace.AsyncImbraceClient(api_key=API_KEY, base_url=base, **kwargs)


def close(client: Any) -> None:
    closer = getattr(client, "close", None)
    if closer is not None:
        closer()


async def aclose(client: Any) -> None:
    closer = getattr(client, "aclose", None) or getattr(client, "close", None)
    if closer is not None:
        result = closer()
        if asyncio.iscoroutine(result):
            await result


# -- streaming chat --------------------------------------------------------------------------------
def raw_chat_text(http: httpx.Client, base: str, body: dict[str, Any]) -> Iterator[str]:
    """The raw baseline: ``iter_lines`` + ``json.loads``, yielding each ``text-delta``."""
    loads = json.loads
    with http.stream(
        "POST", f"{base}/ai-agent/v2/chat", json=body, headers=raw_headers(CHAT_ACCEPT)
    ) as response:
        response.raise_for_status()
        for line in response.iter_lines():
            if line.startswith("data: "):
                payload = line[6:]
                if payload == "[DONE]":
                    break
                chunk = loads(payload)
                if chunk.get("type") == "text-delta":
                    yield chunk["delta"]


def chat_text_fn(variant: str, base: str, client: Any) -> Callable[[dict[str, Any]], Iterator[str]]:
    if variant == "raw":
        return lambda body: raw_chat_text(client, base, body)
    return namespace_method(client, "ai_agent", "stream_chat_text")


def row_ttft(
    base: str, variants: list[str], samples: int, deltas: int = 100, gap_ms: int = 20
) -> dict[str, Any]:
    """Time to the first delta and to the end of a paced reply, round-robin over the variants."""
    clients = {v: sync_client(v, base) for v in variants}
    fns = {v: chat_text_fn(v, base, clients[v]) for v in variants}
    out: dict[str, Any] = {v: {"ttft_ms": [], "total_ms": []} for v in variants}
    for v in variants:  # warm-up: connection, imports
        sum(1 for _ in fns[v](chat_body("bench-3-0")))
    for _ in range(samples):
        for v in variants:
            start = time.perf_counter()
            stream = fns[v](chat_body(f"bench-{deltas}-{gap_ms}"))
            next(stream)
            first = time.perf_counter()
            count = 1 + sum(1 for _ in stream)
            end = time.perf_counter()
            assert count == deltas, (v, count)
            out[v]["ttft_ms"].append((first - start) * 1e3)
            out[v]["total_ms"].append((end - start) * 1e3)
    for c in clients.values():
        close(c)
    return {v: summarize(d) for v, d in out.items()}


def row_events(base: str, variants: list[str], samples: int, events: int = 100_000) -> dict[str, Any]:
    """Text deltas per second over an unpaced UI stream. ``sdk-stdlib`` is the SDK with its JSON
    fast path switched off (what users without the ``fast`` extra get)."""
    clients = {v: sync_client("sdk" if v == "sdk-stdlib" else v, base) for v in variants}
    fns = {v: chat_text_fn("sdk" if v == "sdk-stdlib" else v, base, clients[v]) for v in variants}
    out: dict[str, Any] = {v: {"events_per_s": []} for v in variants}
    for _ in range(samples + 1):  # the first round warms up and is dropped
        for v in variants:
            with stdlib_json(v == "sdk-stdlib"):
                gc.collect()
                start = time.perf_counter()
                count = sum(1 for _ in fns[v](chat_body(f"bench-{events}-0")))
                elapsed = time.perf_counter() - start
            assert count == events, (v, count)
            out[v]["events_per_s"].append(count / elapsed)
    for v in variants:
        out[v]["events_per_s"] = out[v]["events_per_s"][1:]
    for c in clients.values():
        close(c)
    return {v: summarize(d) for v, d in out.items()}


class stdlib_json:
    """Switch the SDK's JSON fast path off inside the block (``sdk-stdlib`` rows)."""

    def __init__(self, active: bool) -> None:
        self.active = active
        self.saved: Any = None

    def __enter__(self) -> None:
        if self.active:
            from imbrace import _json, _streaming

            self.saved = _streaming._loads
            _streaming._loads = _json.stdlib_loads  # what an install without orjson uses

    def __exit__(self, *exc: object) -> None:
        if self.active:
            from imbrace import _streaming

            _streaming._loads = self.saved


# -- request/response ------------------------------------------------------------------------------
def get_agent_fn(variant: str, base: str, client: Any) -> Callable[[], Any]:
    if variant == "raw":
        url, headers = f"{base}/v3/ai/assistants/{AGENT_ID}", raw_headers()

        def raw_get() -> Any:
            response = client.get(url, headers=headers)
            response.raise_for_status()
            return response.json()

        return raw_get
    method = namespace_method(client, "chat_ai", "get_ai_agent")
    return lambda: method(AGENT_ID)


def row_sequential(base: str, variants: list[str], blocks: int, calls: int) -> dict[str, Any]:
    """Per-call wall and client CPU time of ``get_ai_agent``: blocks of calls, round-robin, medians."""
    clients = {v: sync_client(v, base) for v in variants}
    fns = {v: get_agent_fn(v, base, clients[v]) for v in variants}
    out: dict[str, Any] = {v: {"wall_us": [], "cpu_us": []} for v in variants}
    for v in variants:
        for _ in range(20):
            fns[v]()
    for _ in range(blocks):
        for v in variants:
            fn = fns[v]
            wall, cpu = time.perf_counter(), time.process_time()
            for _ in range(calls):
                fn()
            out[v]["wall_us"].append((time.perf_counter() - wall) / calls * 1e6)
            out[v]["cpu_us"].append((time.process_time() - cpu) / calls * 1e6)
    for c in clients.values():
        close(c)
    return {v: summarize(d) for v, d in out.items()}


async def _async_run(variant: str, base: str, requests: int, in_flight: int) -> dict[str, Any]:
    client = async_client(variant, base)
    if variant == "raw":
        url, headers = f"{base}/ai-agent/version", raw_headers()

        async def one() -> Any:
            response = await client.get(url, headers=headers)
            response.raise_for_status()
            return response.json()

    else:
        one = namespace_method(client, "ai_agent", "get_version")
    async with httpx.AsyncClient() as control:
        await control.post(f"{base}/_bench/reset")
        left = iter(range(requests))

        async def worker() -> None:
            for _ in left:
                await one()

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(in_flight)))
        elapsed = time.perf_counter() - start
        stats = (await control.get(f"{base}/_bench/stats")).json()
    await aclose(client)
    return {"req_per_s": requests / elapsed, "connections": stats["connections"]}


def row_async(base: str, variants: list[str], samples: int, requests: int, in_flight: int) -> dict[str, Any]:
    """Throughput at a fixed number of requests in flight against a server that waits 50 ms, and the
    number of distinct connections the server saw per run (a fresh client per run)."""
    out: dict[str, Any] = {v: {"req_per_s": [], "connections": []} for v in variants}
    for v in variants:  # warm-up
        asyncio.run(_async_run(v, base, min(requests, in_flight), in_flight))
    for _ in range(samples):
        for v in variants:
            run = asyncio.run(_async_run(v, base, requests, in_flight))
            for key, value in run.items():
                out[v][key].append(value)
    return {v: summarize(d) for v, d in out.items()}


# -- one process per variant: memory and start-up -------------------------------------------------
def proc_export(base: str, variant: str, mib: int, runs: int, tmpdir: str) -> dict[str, Any]:
    """Stream an export of ``mib`` MiB into a file; peak RSS growth over the runs and wall per run."""
    client = sync_client(variant, base)
    target = os.path.join(tmpdir, f"export-{variant}.csv")

    def once(board: str) -> int:
        if variant == "raw":
            url = f"{base}/data-board/boards/{board}/export_csv"
            with client.stream("GET", url, headers=raw_headers("*/*")) as response, open(target, "wb") as f:
                response.raise_for_status()
                for piece in response.iter_bytes(65536):
                    f.write(piece)
                return f.tell()
        if variant == "incumbent":  # returns the whole export as one str
            text = namespace_method(client, "boards", "export_csv")(board)
            with open(target, "w") as f:
                return f.write(text)
        return int(namespace_method(client, "boards", "export_csv")(board, to=target))

    once("mib-1")
    os.remove(target)
    gc.collect()
    base_rss, walls, written = rss_now(), [], 0
    for _ in range(runs):
        start = time.perf_counter()
        written = once(f"mib-{mib}")
        walls.append(time.perf_counter() - start)
        os.remove(target)
    close(client)
    return {
        "rss_growth_mib": (rss_peak() - base_rss) / 2**20,
        "wall_s": statistics.median(walls),
        "bytes": written,
        "runs": runs,
    }


def proc_upload(base: str, variant: str, path: str, small_path: str) -> dict[str, Any]:
    """Upload the file at ``path`` as multipart (``file`` + form fields); peak RSS growth and wall."""
    client = sync_client(variant, base)
    fields = {"folder_id": "fold_1", "organization_id": "org_bench"}

    def once(p: str) -> Any:
        with open(p, "rb") as f:
            if variant == "raw":
                response = client.post(
                    f"{base}/data-board/files/upload", files={"file": f}, data=fields, headers=raw_headers()
                )
                response.raise_for_status()
                return response.json()
            files = {"file": f, **{k: (None, v) for k, v in fields.items()}}
            return namespace_method(client, "boards", "upload_file")(files)

    once(small_path)
    gc.collect()
    base_rss = rss_now()
    start = time.perf_counter()
    once(path)
    wall = time.perf_counter() - start
    close(client)
    return {"rss_growth_mib": (rss_peak() - base_rss) / 2**20, "wall_s": wall, "bytes": os.path.getsize(path)}


def proc_construct(base: str, variant: str, count: int) -> dict[str, Any]:
    """Client construction in a fresh process (imports done first): the first client, its connection
    pool (where the SSL context is built), and the median of ``count`` more, pool included."""
    if variant == "raw":

        def make() -> Any:
            return httpx.Client()

        def ready(c: Any) -> Any:
            return c

    else:
        from imbrace import ImbraceClient  # imported before the clock starts

        def make() -> Any:
            return ImbraceClient(api_key=API_KEY)

        def ready(c: Any) -> Any:  # the pool is built on first use
            transport = getattr(c, "_transport", None)
            return getattr(transport, "client", None)

    t0 = time.perf_counter()
    first = make()
    t1 = time.perf_counter()
    ready(first)
    t2 = time.perf_counter()
    more = []
    for _ in range(count):
        s = time.perf_counter()
        ready(make())
        more.append((time.perf_counter() - s) * 1e3)
    return {
        "first_ms": (t1 - t0) * 1e3,
        "first_pool_ms": (t2 - t1) * 1e3,
        "next_ms": statistics.median(more),
        "samples": count,
    }


async def _many_streams(base: str, variant: str, streams: int, deltas: int, gap_ms: int) -> dict[str, Any]:
    # Opening 1,000 connections at once takes the 2-core box longer than the default 5 s connect timeout.
    timeout = httpx.Timeout(120.0)
    client = async_client(
        variant,
        base,
        max_connections=streams,
        timeout=timeout,
        raw_limits=httpx.Limits(max_connections=streams, max_keepalive_connections=streams),
        raw_timeout=timeout,
    )
    if variant == "raw":
        url, headers = f"{base}/ai-agent/v2/chat", raw_headers(CHAT_ACCEPT)

        async def consume(body: dict[str, Any]) -> int:
            n = 0
            async with client.stream("POST", url, json=body, headers=headers) as response:
                async for line in response.aiter_lines():
                    if line.startswith("data: ") and line[6:] != "[DONE]":
                        n += json.loads(line[6:]).get("type") == "text-delta"
            return n

    else:
        text = namespace_method(client, "ai_agent", "stream_chat_text")

        async def consume(body: dict[str, Any]) -> int:
            return sum([1 async for _ in text(body)])

    await consume(chat_body("bench-3-0"))
    gc.collect()
    base_rss = rss_now()
    async with httpx.AsyncClient() as control:
        await control.post(f"{base}/_bench/reset")
        start = time.perf_counter()
        counts = await asyncio.gather(
            *(consume(chat_body(f"bench-{deltas}-{gap_ms}")) for _ in range(streams))
        )
        wall = time.perf_counter() - start
        stats = (await control.get(f"{base}/_bench/stats")).json()
    await aclose(client)
    assert all(c == deltas for c in counts), set(counts)
    return {
        "rss_peak_mib": rss_peak() / 2**20,
        "rss_growth_mib": (rss_peak() - base_rss) / 2**20,
        "max_concurrent": stats["max_streams"],
        "wall_s": wall,
    }


def proc_many_streams(base: str, variant: str, streams: int, deltas: int, gap_ms: int) -> dict[str, Any]:
    raise_fd_limit()
    return asyncio.run(_many_streams(base, variant, streams, deltas, gap_ms))


PROCS: dict[str, Callable[..., dict[str, Any]]] = {
    "export": proc_export,
    "upload": proc_upload,
    "construct": proc_construct,
    "many_streams": proc_many_streams,
}


def summarize(figures: dict[str, list[float]]) -> dict[str, Any]:
    """Each list becomes its median; ``n`` is the sample count."""
    out: dict[str, Any] = {k: statistics.median(v) for k, v in figures.items() if v}
    out["n"] = max((len(v) for v in figures.values()), default=0)
    return out


ROWS: dict[str, Callable[..., dict[str, Any]]] = {
    "ttft": row_ttft,
    "events": row_events,
    "sequential": row_sequential,
    "async": row_async,
}


def run(name: str, variant: str, kwargs: dict[str, Any]) -> dict[str, Any]:
    """One variant of one row; ``{"n/a": why}`` when the variant lacks the method."""
    try:
        if name in PROCS:
            return PROCS[name](variant=variant, **kwargs)
        result: dict[str, Any] = ROWS[name](variants=[variant], **kwargs)[variant]
        return result
    except NotAvailable as exc:
        return {"n/a": str(exc)}


def main(argv: list[str]) -> None:
    """``measure.py <row> <variant> <json kwargs>``: run one measurement in this process, print JSON."""
    print(json.dumps(run(argv[0], argv[1], json.loads(argv[2]))))


if __name__ == "__main__":
    main(sys.argv[1:])
