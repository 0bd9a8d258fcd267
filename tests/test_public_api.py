"""The public surface: every exported name imports on its own in a fresh interpreter, and the demo runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import imbrace

ROOT = Path(__file__).resolve().parent.parent


def test_every_public_name_imports_first_in_a_fresh_interpreter() -> None:
    # A name imported before anything else once recursed through the lazy __getattr__.
    code = "; ".join(f"from imbrace import {name}" for name in imbrace.__all__)
    for name in imbrace.__all__:
        subprocess.run([sys.executable, "-c", f"from imbrace import {name}"], check=True, timeout=60)
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_make_demo_runs_the_whole_full_flow_guide() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "full_flow_guide.py")],
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
    )
    out = result.stdout
    for heading in (
        "== 1.",
        "== 2.",
        "== 3.",
        "== 4.",
        "[calls tool",
        "[source: faq.txt]",
        "_id,Name,Company",
    ):
        assert heading in out, heading
    assert "turn 2" in out and out.rstrip().endswith("done.")
    assert "\033[" not in out  # piped, not a terminal: no colour codes (issue 16)
