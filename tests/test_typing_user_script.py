"""Strict pyright over the user scripts in tests/typing/, as a user of the SDK would run it.

One pyright run covers every script (a few seconds). ``good.py`` must give no error, and each
``reveal_type(...)  # expect-type: T`` in it must reveal exactly ``T``; ``bad.py`` must give errors on
exactly the lines marked ``# expect-error`` (several errors on one line count once). Skipped when pyright
is not installed, except in CI (``CI`` set), where a silently skipped check would prove nothing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

TYPING_DIR = Path(__file__).resolve().parent / "typing"
EXPECT_ERROR = re.compile(r"#\s*expect-error\b")
EXPECT_TYPE = re.compile(r"#\s*expect-type:\s*(?P<type>.+?)\s*$")
REVEALED = re.compile(r'^Type of ".*" is "(?P<type>.*)"$', re.DOTALL)

pytestmark = pytest.mark.typing


def _pyright() -> str:
    """The pyright next to this interpreter (the dev venv's), else the one on PATH."""
    beside = Path(sys.executable).parent / "pyright"
    found = str(beside) if beside.exists() else shutil.which("pyright")
    if found is None:
        message = "pyright is not installed (pip install 'imbrace[dev]')"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


@pytest.fixture(scope="module")
def diagnostics() -> dict[str, list[dict[str, Any]]]:
    """pyright's diagnostics for tests/typing/, by file name, from one run over the whole folder."""
    result = subprocess.run(
        [_pyright(), "--outputjson", "--pythonpath", sys.executable, "--project", str(TYPING_DIR)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.stdout, result.stderr  # exit code 1 just means errors were found: bad.py has some
    by_file: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for diagnostic in json.loads(result.stdout)["generalDiagnostics"]:
        by_file[Path(diagnostic["file"]).name].append(diagnostic)
    return by_file


def _line(diagnostic: dict[str, Any]) -> int:
    return int(diagnostic["range"]["start"]["line"]) + 1


def _marked_lines(name: str, pattern: re.Pattern[str]) -> dict[int, re.Match[str]]:
    lines = (TYPING_DIR / name).read_text().splitlines()
    return {number: m for number, text in enumerate(lines, 1) if (m := pattern.search(text))}


GOOD_SCRIPTS = ("good.py", "typical_calls.py", "platform_calls.py")


@pytest.mark.parametrize("script", GOOD_SCRIPTS)
def test_good_script_has_no_errors(diagnostics: dict[str, list[dict[str, Any]]], script: str) -> None:
    errors = [f"{_line(d)}: {d['message']}" for d in diagnostics[script] if d["severity"] == "error"]
    assert errors == []


@pytest.mark.parametrize("script", GOOD_SCRIPTS)
def test_good_script_reveals_the_expected_types(
    diagnostics: dict[str, list[dict[str, Any]]], script: str
) -> None:
    expected = {line: m["type"] for line, m in _marked_lines(script, EXPECT_TYPE).items()}
    assert expected, f"{script} has no expect-type lines"
    revealed = {
        _line(d): m["type"]
        for d in diagnostics[script]
        if d["severity"] == "information" and (m := REVEALED.match(d["message"]))
    }
    assert {line: revealed.get(line) for line in expected} == expected


def test_bad_script_errors_on_exactly_the_marked_lines(diagnostics: dict[str, list[dict[str, Any]]]) -> None:
    expected = set(_marked_lines("bad.py", EXPECT_ERROR))
    assert expected, "bad.py has no expect-error lines"
    reported = {_line(d) for d in diagnostics["bad.py"] if d["severity"] == "error"}
    assert sorted(reported) == sorted(expected)
