"""The loopback server the benchmarks talk to: a small asyncio HTTP/1.1 server, one process of its own.

Routes (the paths the SDK uses; the chat reply is chosen by ``assistant_id``):

* ``POST /ai-agent/v2/chat``: a UI message stream; ``assistant_id`` ``bench-<deltas>-<gap ms>`` picks
  its length and pace (``bench-100-20``: 100 deltas 20 ms apart; ``bench-100000-0``: unpaced).
* ``GET /v3/ai/assistants/{id}``: a JSON agent. ``GET /ai-agent/version``: JSON after 50 ms.
* ``GET /data-board/boards/mib-<N>/export_csv``: an N MiB CSV, chunked.
* ``POST /data-board/files/upload``: reads and drops the body, answers with its size.
* ``GET /_bench/stats`` (distinct client connections since the last ``POST /_bench/reset``, and the
  headers of the last request per path); ``POST /_bench/reset``.

Run it as ``python server.py``: it prints the port on its first line and serves until stdin closes.
Everything is bounded: replies have fixed sizes, and the process exits with its parent.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import sys
from typing import Any

DELTA = b'data: {"type":"text-delta","id":"t1","delta":"hello "}\n\n'
HEAD = b'data: {"type":"start","messageId":"m1"}\n\ndata: {"type":"text-start","id":"t1"}\n\n'
TAIL = (
    b'data: {"type":"text-end","id":"t1"}\n\n'
    b'data: {"type":"finish","finishReason":"stop"}\n\ndata: [DONE]\n\n'
)
SSE_HEADERS = (
    b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncache-control: no-cache\r\n"
    b"x-vercel-ai-ui-message-stream: v1\r\ntransfer-encoding: chunked\r\n\r\n"
)
MAX_DELTAS = 1_000_000
CSV_CHUNK = (
    b"id,name,status,amount,created_at\n" + b"42,Widget deluxe,active,1234.50,2026-11-24\n" * 24_000
)[: 1024 * 1024]
AGENT = {
    "id": "asst_bench",
    "_id": "asst_bench",
    "name": "Benchmark agent",
    "workflow_name": "bench_flow",
    "description": "An agent whose only job is to be fetched many times.",
    "instructions": "You answer questions about widgets. " * 8,
    "provider_id": "prov_1",
    "model_id": "gpt-4o-mini",
    "streaming": True,
    "organization_id": "org_bench",
    "folder_ids": ["fold_1", "fold_2"],
    "board_ids": ["board_1"],
    "workflow_function_call": [{"flow_id": "flow_1", "description": "look a widget up"}],
    "metadata": {"tool_servers": [{"enabled": True, "url": "https://tools.example/mcp", "type": "mcp"}]},
    "sub_agents": [],
    "team_leads": [],
    "created_at": "2026-11-24T00:00:00Z",
    "updated_at": "2026-11-24T00:00:00Z",
}


def chunk(data: bytes) -> bytes:
    return b"%x\r\n%b\r\n" % (len(data), data)


def bulk_body(count: int) -> list[bytes]:
    """The whole bulk stream, pre-built in 64 KiB chunks so the server is never the bottleneck."""
    raw = HEAD + DELTA * count + TAIL
    return [chunk(raw[i : i + 65536]) for i in range(0, len(raw), 65536)]


class State:
    def __init__(self) -> None:
        self.peers: set[Any] = set()
        self.last_headers: dict[str, dict[str, str]] = {}
        self.bulk: dict[int, list[bytes]] = {}
        self.streams = 0
        self.max_streams = 0


def reply(status: int, body: bytes, ctype: bytes = b"application/json") -> bytes:
    return b"HTTP/1.1 %d OK\r\ncontent-type: %b\r\ncontent-length: %d\r\n\r\n%b" % (
        status,
        ctype,
        len(body),
        body,
    )


async def read_body(reader: asyncio.StreamReader, headers: dict[str, str], keep: bool) -> bytes:
    """The request body; kept only when ``keep`` (uploads are counted and dropped)."""
    parts, size = [], 0
    if "content-length" in headers:
        left = int(headers["content-length"])
        while left:
            data = await reader.read(min(left, 1 << 20))
            if not data:
                break
            left -= len(data)
            size += len(data)
            if keep:
                parts.append(data)
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            n = int((await reader.readline()).split(b";")[0], 16)
            if n == 0:
                await reader.readline()
                break
            data = await reader.readexactly(n + 2)
            size += n
            if keep:
                parts.append(data[:-2])
    return b"".join(parts) if keep else str(size).encode()


async def handle(state: State, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    state.peers.add(writer.get_extra_info("peername"))
    try:
        while True:
            line = await reader.readline()
            if not line:
                return
            method, target, _ = line.decode("latin-1").split(" ", 2)
            headers: dict[str, str] = {}
            while (h := await reader.readline()) not in (b"\r\n", b""):
                name, _, value = h.decode("latin-1").partition(":")
                headers[name.strip().lower()] = value.strip()
            path, _, query = target.partition("?")
            if not path.startswith("/_bench"):
                state.last_headers[path.rsplit("/", 1)[0] if "assistants" in path else path] = headers
            upload = path == "/data-board/files/upload"
            body = await read_body(reader, headers, keep=not upload)
            await route(state, method, path, query, body, writer)
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError):
        return
    finally:
        writer.close()


async def route(
    state: State, method: str, path: str, query: str, body: bytes, writer: asyncio.StreamWriter
) -> None:
    if path == "/ai-agent/v2/chat":
        await chat(state, json.loads(body).get("assistant_id", ""), writer)
    elif path.startswith("/v3/ai/assistants/"):
        writer.write(reply(200, json.dumps({**AGENT, "id": path.rsplit("/", 1)[1]}).encode()))
    elif path == "/ai-agent/version":
        await asyncio.sleep(0.050)
        writer.write(reply(200, b'{"version":"bench","commit":"0000000"}'))
    elif path.startswith("/data-board/boards/") and path.endswith("/export_csv"):
        mib = min(int(path.split("/")[-2].partition("mib-")[2] or 1), 4096)
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: text/csv\r\ntransfer-encoding: chunked\r\n\r\n")
        framed = chunk(CSV_CHUNK)
        for _ in range(mib):
            writer.write(framed)
            await writer.drain()
        writer.write(b"0\r\n\r\n")
    elif path == "/data-board/files/upload":
        size = int(body)
        info = {"id": "file_1", "_id": "file_1", "file_id": "file_1", "name": "upload.bin", "size": size}
        writer.write(reply(200, json.dumps({**info, "data": info}).encode()))
    elif path == "/platform/v1/account":  # the incumbent looks the organization up
        writer.write(reply(200, b'{"organization_id":"org_bench","_id":"org_bench"}'))
    elif path == "/_bench/stats":
        stats = {
            "connections": len(state.peers),
            "max_streams": state.max_streams,
            "headers": state.last_headers,
        }
        writer.write(reply(200, json.dumps(stats).encode()))
    elif path == "/_bench/reset":
        state.peers = set()
        state.max_streams = 0
        writer.write(reply(200, b"{}"))
    else:
        writer.write(reply(404, b'{"message":"no such bench route"}'))


def chat_mode(assistant_id: str) -> tuple[int, float]:
    """``bench-<deltas>-<gap ms>`` -> (deltas, gap seconds); anything else is a three-delta reply."""
    try:
        _, count, gap = assistant_id.split("-")
        return min(int(count), MAX_DELTAS), min(int(gap), 1000) / 1000
    except ValueError:
        return 3, 0.0


async def chat(state: State, assistant_id: str, writer: asyncio.StreamWriter) -> None:
    count, gap = chat_mode(assistant_id)
    writer.write(SSE_HEADERS)
    state.streams += 1
    state.max_streams = max(state.max_streams, state.streams)
    try:
        if gap == 0.0:
            if count not in state.bulk:
                state.bulk[count] = bulk_body(count)
            for part in state.bulk[count]:
                writer.write(part)
                await writer.drain()
        else:
            writer.write(chunk(HEAD))
            for _ in range(count):
                writer.write(chunk(DELTA))
                await writer.drain()
                await asyncio.sleep(gap)
            writer.write(chunk(TAIL))
        writer.write(b"0\r\n\r\n")
    finally:
        state.streams -= 1


async def main() -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    state = State()
    server = await asyncio.start_server(lambda r, w: handle(state, r, w), "127.0.0.1", 0, backlog=2048)
    print(server.sockets[0].getsockname()[1], flush=True)
    loop = asyncio.get_running_loop()
    # Serve until the parent closes our stdin (or dies).
    await loop.run_in_executor(None, sys.stdin.read)
    os._exit(0)  # no teardown of open connections: the benchmark is over


if __name__ == "__main__":
    asyncio.run(main())
