"""The mock as a process: ``python -m imbrace.testing`` and the ``imbrace mock`` entry point."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx
import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize(
    "command", [[sys.executable, "-m", "imbrace.testing"], [sys.executable, "-m", "imbrace", "mock"]]
)
def test_mock_runs_as_a_process(command: list[str]) -> None:
    port = free_port()
    proc = subprocess.Popen([*command, "--port", str(port)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == f"listening on http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                r = httpx.get(
                    f"http://127.0.0.1:{port}/ai-agent/version", headers={"x-api-key": "k"}, timeout=2
                )
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        assert r.status_code == 200 and r.json()["version"]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
