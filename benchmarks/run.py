"""The benchmark suite (``make bench``): the SDK beside raw httpx, each row with its target.

    python benchmarks/run.py [--json FILE] [--quick] [--only ROW,ROW]

It starts its own loopback server (``server.py``, a separate process), runs every row with the SDK and
with raw httpx doing the same request (same headers, same body) in the same run, and prints one table:
medians, with the sample count of each row. ``BENCH_INCUMBENT_PYTHON=/path/to/python`` (an interpreter
with ``imbrace==1.3.1`` installed) adds a column measuring the incumbent, in subprocesses. ``--quick``
runs every code path with tiny sizes (for the smoke test); its figures mean nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx
import measure

HERE = Path(__file__).resolve().parent
NA = "n/a (method not available yet)"


@dataclass(frozen=True)
class Scale:
    """Sizes and sample counts of one run; every loop in the suite is bounded by these."""

    ttft_samples: int = 5
    ttft_deltas: int = 100
    ttft_gap_ms: int = 20
    events_samples: int = 5
    events: int = 100_000
    seq_blocks: int = 10
    seq_calls: int = 200
    async_samples: int = 3
    async_requests: int = 1000
    async_in_flight: int = 100
    export_mib: int = 200
    export_runs: int = 3
    upload_mib: int = 100
    import_samples: int = 11
    construct_samples: int = 20
    streams: int = 1000
    stream_deltas: int = 20  # 10 s per reply: long enough for all 1,000 to be open at once on 2 cores
    stream_gap_ms: int = 500


QUICK = Scale(
    ttft_samples=1,
    ttft_deltas=5,
    ttft_gap_ms=5,
    events_samples=1,
    events=2000,
    seq_blocks=2,
    seq_calls=10,
    async_samples=1,
    async_requests=40,
    async_in_flight=10,
    export_mib=2,
    export_runs=1,
    upload_mib=1,
    import_samples=1,
    construct_samples=3,
    streams=20,
    stream_deltas=3,
    stream_gap_ms=20,
)


@dataclass
class Row:
    name: str
    target: str
    cells: dict[str, str] = field(default_factory=dict)  # variant -> shown figure
    ratio: str = ""
    result: str = "n/a"  # PASS, FAIL, n/a, error
    figures: dict[str, Any] = field(default_factory=dict)  # variant -> raw figures
    note: str = ""


class Server:
    """The loopback server in its own process; it exits when its stdin closes."""

    def __enter__(self) -> str:
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "server.py")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        port = int(self.proc.stdout.readline())
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *exc: object) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)


def in_subprocess(
    python: str, name: str, variant: str, kwargs: dict[str, Any], timeout: float = 300
) -> dict[str, Any]:
    """One measurement in a fresh interpreter (``measure.py``); its own imbrace, not ours, for the incumbent."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "IMBRACE_LOG")}
    with tempfile.TemporaryDirectory() as cwd:
        done = subprocess.run(
            [python, str(HERE / "measure.py"), name, variant, json.dumps(kwargs)],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=cwd if variant == "incumbent" else None,
            env=env,
        )
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1][:200]}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


class Suite:
    def __init__(self, base: str, scale: Scale, incumbent: str | None, tmp: str) -> None:
        self.base = base
        self.scale = scale
        self.incumbent = incumbent
        self.tmp = tmp

    def variants(
        self, name: str, kwargs: dict[str, Any], local: Callable[[list[str]], dict[str, Any]]
    ) -> dict[str, Any]:
        """SDK and raw measured here (round-robin inside ``local``), the incumbent in its own process."""
        try:
            figures = local(["sdk", "raw"])
        except measure.NotAvailable as exc:
            figures = {"sdk": {"n/a": str(exc)}, "raw": {}}
        if self.incumbent:
            figures["incumbent"] = in_subprocess(self.incumbent, name, "incumbent", kwargs)
        return figures

    def per_process(
        self, name: str, kwargs: dict[str, Any], variants: tuple[str, ...] = ("sdk", "raw")
    ) -> dict[str, Any]:
        figures = {v: in_subprocess(sys.executable, name, v, kwargs) for v in variants}
        if self.incumbent:
            figures["incumbent"] = in_subprocess(self.incumbent, name, "incumbent", kwargs)
        return figures

    # -- rows -------------------------------------------------------------------------------------
    def ttft(self) -> Row:
        s = self.scale
        kw = {"base": self.base, "samples": s.ttft_samples, "deltas": s.ttft_deltas, "gap_ms": s.ttft_gap_ms}
        f = self.variants("ttft", kw, lambda v: measure.row_ttft(variants=v, **kw))
        row = Row(
            f"time to first delta, stream_chat_text ({s.ttft_deltas} deltas {s.ttft_gap_ms} ms apart)",
            "<= raw + 5 ms",
        )
        row.cells = cells(f, lambda d: f"{d['ttft_ms']:.1f} ms (total {d['total_ms']:.0f} ms, n={d['n']})")
        if ok(f, "sdk", "raw"):
            diff = f["sdk"]["ttft_ms"] - f["raw"]["ttft_ms"]
            row.ratio = f"{diff:+.1f} ms"
            row.result = verdict(diff <= 5.0)
        return finish(row, f)

    def events(self) -> Row:
        s = self.scale
        kw = {"base": self.base, "samples": s.events_samples, "events": s.events}
        f = self.variants("events", kw, lambda v: measure.row_events(variants=[*v, "sdk-stdlib"], **kw))
        row = Row(
            f"events/s, {s.events:,}-event UI stream",
            ">= 1.0x raw iter_lines+json.loads, >= 550k/s (with and without the fast extra)",
        )
        row.cells = cells(f, lambda d: f"{d['events_per_s'] / 1e3:,.0f}k/s (n={d['n']})")
        if ok(f, "sdk", "raw", "sdk-stdlib"):
            raw, std = f["raw"]["events_per_s"], f["sdk-stdlib"]["events_per_s"]
            ratio = f["sdk"]["events_per_s"] / raw
            row.ratio = f"{ratio:.2f}x (stdlib json {std / raw:.2f}x)"
            row.result = verdict(
                min(ratio, std / raw) >= 1.0 and min(f["sdk"]["events_per_s"], std) >= 550_000
            )
            row.note = f"without the fast extra (stdlib json): {std / 1e3:,.0f}k/s, {std / raw:.2f}x raw"
        return finish(row, f)

    def sequential(self) -> Row:
        s = self.scale
        kw = {"base": self.base, "blocks": s.seq_blocks, "calls": s.seq_calls}
        f = self.variants("sequential", kw, lambda v: measure.row_sequential(variants=v, **kw))
        row = Row("sequential get_ai_agent, typed model (per call)", "<= 1.05x raw (wall and CPU)")
        row.cells = cells(
            f, lambda d: f"{d['wall_us']:.0f} us wall, {d['cpu_us']:.0f} us CPU (n={d['n']}x{s.seq_calls})"
        )
        if ok(f, "sdk", "raw"):
            wall = f["sdk"]["wall_us"] / f["raw"]["wall_us"]
            cpu = f["sdk"]["cpu_us"] / f["raw"]["cpu_us"]
            row.ratio = f"wall {wall:.2f}x, CPU {cpu:.2f}x"
            row.result = verdict(wall <= 1.05 and cpu <= 1.05)
        return finish(row, f)

    def async_(self) -> Row:
        s = self.scale
        kw = {
            "base": self.base,
            "samples": s.async_samples,
            "requests": s.async_requests,
            "in_flight": s.async_in_flight,
        }
        f = self.variants("async", kw, lambda v: measure.row_async(variants=v, **kw))
        row = Row(
            f"async, {s.async_requests:,} requests, {s.async_in_flight} in flight, server waits 50 ms",
            ">= 0.9x raw; connections <= pool (100)",
        )
        row.cells = cells(
            f, lambda d: f"{d['req_per_s']:.0f} req/s, {d['connections']:.0f} conns (n={d['n']})"
        )
        if ok(f, "sdk", "raw"):
            ratio = f["sdk"]["req_per_s"] / f["raw"]["req_per_s"]
            row.ratio = f"{ratio:.2f}x"
            row.result = verdict(ratio >= 0.9 and f["sdk"]["connections"] <= 100)
        return finish(row, f)

    def export(self) -> Row:
        s = self.scale
        kw = {"base": self.base, "mib": s.export_mib, "runs": s.export_runs, "tmpdir": self.tmp}
        f = self.per_process("export", kw)
        row = Row(f"export_csv of {s.export_mib} MiB to a file", "RSS <= +20 MiB; wall <= 1.2x raw streaming")
        row.cells = cells(f, lambda d: f"+{d['rss_growth_mib']:.1f} MiB, {d['wall_s']:.2f} s (n={d['runs']})")
        if ok(f, "sdk", "raw"):
            ratio = f["sdk"]["wall_s"] / f["raw"]["wall_s"]
            row.ratio = f"wall {ratio:.2f}x"
            row.result = verdict(f["sdk"]["rss_growth_mib"] <= 20 and ratio <= 1.2)
        return finish(row, f)

    def upload(self) -> Row:
        s = self.scale
        path, small = os.path.join(self.tmp, "upload.bin"), os.path.join(self.tmp, "small.bin")
        write_file(path, s.upload_mib)
        write_file(small, 1)
        kw = {"base": self.base, "path": path, "small_path": small}
        f = self.per_process("upload", kw)
        row = Row(f"upload_file of {s.upload_mib} MiB (multipart)", "RSS <= +20 MiB")
        row.cells = cells(f, lambda d: f"+{d['rss_growth_mib']:.1f} MiB, {d['wall_s']:.2f} s (n=1)")
        if ok(f, "sdk", "raw"):
            row.ratio = f"wall {f['sdk']['wall_s'] / f['raw']['wall_s']:.2f}x"
            row.result = verdict(f["sdk"]["rss_growth_mib"] <= 20)
        return finish(row, f)

    def imports(self) -> Row:
        n = self.scale.import_samples
        stmts = {
            "sdk": "from imbrace import ImbraceClient, AsyncImbraceClient",
            "raw": "import httpx",
            "sdk-lazy": "import imbrace",
        }
        pythons = {v: sys.executable for v in stmts}
        if self.incumbent:
            stmts["incumbent"], pythons["incumbent"] = "import imbrace", self.incumbent
        samples: dict[str, list[float]] = {v: [] for v in stmts}
        for i in range(n + 2):  # two warm-up rounds (writes .pyc files), then round-robin
            for v, stmt in stmts.items():
                start = time.perf_counter()
                run_bounded([pythons[v], "-c", stmt], cwd=self.tmp)
                if i >= 2:
                    samples[v].append((time.perf_counter() - start) * 1e3)
        f: dict[str, Any] = {v: {"wall_ms": statistics.median(x), "n": len(x)} for v, x in samples.items()}
        row = Row("import (fresh interpreter, wall)", "<= import httpx + 60 ms")
        row.cells = cells(f, lambda d: f"{d['wall_ms']:.0f} ms (n={d['n']})")
        row.cells["sdk"] += " [from imbrace import ImbraceClient, AsyncImbraceClient]"
        diff = f["sdk"]["wall_ms"] - f["raw"]["wall_ms"]
        row.ratio = f"{diff:+.0f} ms"
        row.result = verdict(diff <= 60)
        row.note = f"bare `import imbrace` (lazy): {f['sdk-lazy']['wall_ms']:.0f} ms"
        return finish(row, f)

    def construct(self) -> Row:
        kw = {"base": self.base, "count": self.scale.construct_samples}
        f = self.per_process("construct", kw)
        row = Row("client construction (fresh process)", "< 5 ms (one SSL context per process)")
        row.cells = cells(
            f,
            lambda d: (
                f"{d['first_ms']:.2f} ms; pool {d['first_pool_ms']:.1f} ms once; next {d['next_ms']:.2f} ms (n={d['samples']})"
            ),
        )
        if ok(f, "sdk", "raw"):
            row.ratio = f"next {f['sdk']['next_ms'] / f['raw']['next_ms']:.2f}x"
            row.result = verdict(f["sdk"]["first_ms"] < 5 and f["sdk"]["next_ms"] < 5)
        return finish(row, f)

    def many_streams(self) -> Row:
        s = self.scale
        kw = {"base": self.base, "streams": s.streams, "deltas": s.stream_deltas, "gap_ms": s.stream_gap_ms}
        f = self.per_process("many_streams", kw)
        row = Row(f"{s.streams:,} concurrent stream_chat_text, one async client", "< 200 MiB total RSS")
        row.cells = cells(
            f,
            lambda d: (
                f"{d['rss_peak_mib']:.0f} MiB peak (+{d['rss_growth_mib']:.0f}), {d['max_concurrent']} at once"
            ),
        )
        if ok(f, "sdk", "raw"):
            row.ratio = f"{f['sdk']['rss_peak_mib'] / f['raw']['rss_peak_mib']:.2f}x"
            row.result = verdict(f["sdk"]["rss_peak_mib"] < 200 and f["sdk"]["max_concurrent"] == s.streams)
        return finish(row, f)

    def rows(self) -> dict[str, Callable[[], Row]]:
        return {
            "ttft": self.ttft,
            "events": self.events,
            "sequential": self.sequential,
            "async": self.async_,
            "export": self.export,
            "upload": self.upload,
            "import": self.imports,
            "construct": self.construct,
            "streams": self.many_streams,
        }


# -- helpers ---------------------------------------------------------------------------------------
def ok(figures: dict[str, Any], *variants: str) -> bool:
    return all(v in figures and "n/a" not in figures[v] and "error" not in figures[v] for v in variants)


def verdict(passed: bool) -> str:
    return "PASS" if passed else "FAIL"


def cells(figures: dict[str, Any], show: Callable[[dict[str, Any]], str]) -> dict[str, str]:
    out = {}
    for v, d in figures.items():
        if "n/a" in d:
            out[v] = NA
        elif "error" in d:
            out[v] = f"error: {d['error']}"
        elif d:
            out[v] = show(d)
    return out


def finish(row: Row, figures: dict[str, Any]) -> Row:
    row.figures = figures
    if "n/a" in figures.get("sdk", {}):
        row.result = NA
    elif "error" in figures.get("sdk", {}) or "error" in figures.get("raw", {}):
        row.result = "error"
    return row


def run_bounded(cmd: list[str], cwd: str, limit: float = 60.0) -> None:
    """Run ``cmd`` to completion, killed after ``limit`` s. Not ``subprocess.run(timeout=...)``: its wait
    polls with sleeps of up to 50 ms, which would quantize the very wall time being measured."""
    proc = subprocess.Popen(cmd, cwd=cwd)
    watchdog = threading.Timer(limit, proc.kill)
    watchdog.start()
    try:
        if proc.wait() != 0:
            raise subprocess.CalledProcessError(proc.returncode, cmd)
    finally:
        watchdog.cancel()


def write_file(path: str, mib: int) -> None:
    block = bytes(range(256)) * 4096  # 1 MiB
    with open(path, "wb") as f:
        for _ in range(mib):
            f.write(block)


def show(rows: list[Row], incumbent: bool) -> str:
    head = [
        "row",
        "SDK",
        "raw httpx",
        *(["incumbent 1.3.1"] if incumbent else []),
        "SDK vs raw",
        "target",
        "result",
    ]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        cols = [r.name, r.cells.get("sdk", ""), r.cells.get("raw", "")]
        if incumbent:
            cols.append(r.cells.get("incumbent", ""))
        cols += [r.ratio, r.target, r.result]
        lines.append("| " + " | ".join(cols) + " |")
    notes = [f"- {r.name}: {r.note}" for r in rows if r.note]
    return "\n".join(lines + ([""] + notes if notes else []))


def machine() -> dict[str, Any]:
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "")
    except OSError:
        cpu = ""
    return {
        "python": platform.python_version(),
        "httpx": httpx.__version__,
        "platform": platform.platform(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "load_average": os.getloadavg(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", metavar="FILE", help="also write the figures to FILE")
    parser.add_argument("--quick", action="store_true", help="tiny sizes: exercise the code paths only")
    parser.add_argument("--only", metavar="ROWS", help="comma-separated rows to run")
    args = parser.parse_args(argv)
    scale = QUICK if args.quick else Scale()
    incumbent = os.environ.get("BENCH_INCUMBENT_PYTHON") or None
    started = time.perf_counter()
    with Server() as base, tempfile.TemporaryDirectory(prefix="imbrace-bench-") as tmp:
        suite = Suite(base, scale, incumbent, tmp)
        table = suite.rows()
        names = args.only.split(",") if args.only else list(table)
        unknown = set(names) - set(table)
        if unknown:
            parser.error(f"unknown rows {sorted(unknown)}; choose from {list(table)}")
        rows = []
        for name in names:
            print(f"running {name} ...", file=sys.stderr, flush=True)
            rows.append(table[name]())
        headers = httpx.get(f"{base}/_bench/stats").json()["headers"]
    info = machine()
    text = show(rows, incumbent is not None)
    print(text)
    print(
        f"\n{info['cpu']} ({info['cores']} cores), Python {info['python']}, httpx {info['httpx']}; "
        f"load {info['load_average'][0]:.2f}; {time.perf_counter() - started:.0f} s"
        + ("" if incumbent else "; incumbent column: set BENCH_INCUMBENT_PYTHON")
    )
    if args.json:
        payload = {
            "machine": info,
            "scale": asdict(scale),
            "rows": [asdict(r) for r in rows],
            "last_request_headers": headers,
        }
        Path(args.json).write_text(json.dumps(payload, indent=2))
    return 0 if all(r.result in ("PASS", NA) for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
