"""Keeps the benchmark suite from rotting: ``benchmarks/run.py --quick`` runs every row's code path at tiny
sizes against its own loopback server, and raw httpx sends what the SDK sends. No timing is asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
ROWS = {"ttft", "events", "sequential", "async", "export", "upload", "import", "construct", "streams"}


@pytest.fixture(scope="module")
def measure() -> Iterator[object]:
    sys.path.insert(0, str(BENCH))
    try:
        import measure

        yield measure
    finally:
        sys.path.remove(str(BENCH))


@pytest.fixture
def bench_server() -> Iterator[str]:
    proc = subprocess.Popen(
        [sys.executable, str(BENCH / "server.py")], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdin is not None
    try:
        yield f"http://127.0.0.1:{int(proc.stdout.readline())}"
    finally:
        proc.stdin.close()
        proc.wait(timeout=10)


def test_quick_run_produces_every_row(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), "--quick", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert "| row |" in done.stdout, done.stderr
    report = json.loads(out.read_text())
    rows = report["rows"]
    assert len(rows) == len(ROWS)
    for row in rows:
        assert row["result"] in ("PASS", "FAIL", "n/a (method not available yet)"), row
        assert row["target"]
        assert row["result"] in done.stdout
        if not row["result"].startswith("n/a"):
            assert {"sdk", "raw"} <= set(row["figures"]), row
    assert report["scale"]["events"] < 100_000  # --quick really is quick


def test_raw_httpx_sends_the_sdks_headers(measure: object, bench_server: str) -> None:
    m: object = measure
    body = m.chat_body("bench-2-0")  # type: ignore[attr-defined]
    client = m.sync_client("sdk", bench_server)  # type: ignore[attr-defined]
    sdk_deltas = list(client.ai_agent.stream_chat_text(body))
    sdk_headers = httpx.get(f"{bench_server}/_bench/stats").json()["headers"]["/ai-agent/v2/chat"]
    with httpx.Client() as http:
        raw_deltas = list(m.raw_chat_text(http, bench_server, body))  # type: ignore[attr-defined]
    raw_headers = httpx.get(f"{bench_server}/_bench/stats").json()["headers"]["/ai-agent/v2/chat"]
    client.close()
    assert sdk_deltas == raw_deltas == ["hello ", "hello "]
    assert sdk_headers == raw_headers


def test_missing_methods_make_a_row_not_available(measure: object, bench_server: str) -> None:
    m: object = measure

    class NoNamespace:
        boards = object()

    with pytest.raises(m.NotAvailable):  # type: ignore[attr-defined]
        m.namespace_method(NoNamespace(), "boards", "export_csv")  # type: ignore[attr-defined]
    result = m.run("construct", "sdk", {"base": bench_server, "count": 2})  # type: ignore[attr-defined]
    assert result["samples"] == 2
