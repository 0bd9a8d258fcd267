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


# -- Discovering (issue 16): the command line as a new user meets it -----------------------------------


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, "-m", "imbrace", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


@pytest.mark.parametrize("args", [["--help"], ["-h"], ["help"], []])
def test_imbrace_help_lists_every_command_with_a_line_each(args: list[str]) -> None:
    from imbrace.__main__ import COMMANDS

    result = run_cli(*args)
    assert result.returncode == 0 and result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0].startswith("usage: imbrace")
    for command, line in COMMANDS.items():
        assert any(row.split() and row.split()[0] == command and line in row for row in lines), command
    assert "--version" in result.stdout


@pytest.mark.parametrize("args", [["--version"], ["version"]])
def test_imbrace_version_prints_the_version(args: list[str]) -> None:
    from imbrace import __version__

    result = run_cli(*args)
    assert result.returncode == 0
    assert result.stdout.strip() == f"imbrace {__version__}"


@pytest.mark.parametrize(("arg", "kind"), [("serve", "command"), ("--frob", "option")])
def test_an_unknown_command_says_it_is_unknown_and_exits_2(arg: str, kind: str) -> None:
    result = run_cli(arg)
    assert result.returncode == 2 and result.stdout == ""
    assert f"imbrace: unknown {kind} {arg!r}" in result.stderr
    assert "mock" in result.stderr and "imbrace --help" in result.stderr


def test_imbrace_mock_help_explains_every_option_with_its_default() -> None:
    result = run_cli("mock", "--help")
    assert result.returncode == 0
    out = " ".join(result.stdout.split())  # argparse wraps lines
    assert out.startswith("usage: imbrace mock")
    for option, default in [
        ("--host", "127.0.0.1"),
        ("--port", "8765"),
        ("--delta-delay-ms", "20.0"),
        ("--faults", "no faults"),
        ("--seed", "0"),
        ("--stall-seconds", "10.0"),
        ("--gap-seconds", "0.05"),
        ("--strict-auth", "off"),
        ("--otp-code", "123456"),
    ]:
        assert option in out
        assert f"(default: {default}" in out, option
    assert out.count("(default:") == 9


def test_on_a_taken_port_the_mock_says_so_before_listening() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli("mock", "--port", str(port))
    assert result.returncode == 1
    assert result.stdout == ""  # no "listening", no seeded ids
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "--port" in result.stderr and "Traceback" not in result.stderr


def _start(*args: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen[str], list[str]]:
    import os

    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "imbrace", "mock", "--port", str(port), *args],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )
    assert proc.stdout is not None
    lines = [proc.stdout.readline() for _ in range(4)]
    return proc, lines


def test_strict_auth_and_otp_code_options_reach_the_server() -> None:
    proc, lines = _start("--strict-auth", "--otp-code", "654321", "--delta-delay-ms", "0")
    try:
        assert "strict auth" in lines[3]
        base = lines[0].split()[-1]
        from imbrace import AuthenticationError, ImbraceClient

        with (
            ImbraceClient(base_url=base, api_key="api_made_up") as client,
            pytest.raises(AuthenticationError),
        ):
            client.platform.get_me()
        with ImbraceClient(base_url=base) as client:
            client.request_otp("demo@example.com")
            client.login_with_otp("demo@example.com", "654321")
            assert client.platform.get_me()["organization_id"] == "org_demo"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.parametrize(
    ("env", "coloured"),
    [({"FORCE_COLOR": "1"}, True), ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False), ({}, False)],
)
def test_the_listening_line_is_coloured_only_when_asked_and_never_with_no_color(
    env: dict[str, str], coloured: bool
) -> None:
    """The pipe here is not a terminal: plain unless FORCE_COLOR; NO_COLOR always wins."""
    import os

    base = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "imbrace", "mock", "--port", str(port)],
        stdout=subprocess.PIPE,
        text=True,
        env={**base, **env},
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert ("\033[" in line) is coloured
        assert "listening on http://127.0.0.1:" in line
    finally:
        proc.terminate()
        proc.wait(timeout=10)
