"""Every Python block of the README runs as written (issue 16), each in a fresh interpreter, the way a
reader pastes it: against a fresh mock, with the environment the README's "Try it against the mock" sets
(``IMBRACE_BASE_URL`` and ``IMBRACE_API_KEY``). Blocks that start their own ``MockServer`` ignore it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from imbrace.testing import DEMO_API_KEY, MockServer

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)
BLOCKS = [
    (README.count("\n", 0, m.start()) + 1, m.group(2))
    for m in FENCE.finditer(README)
    if m.group(1) == "python"
]


def test_the_readme_has_python_blocks_and_no_placeholders() -> None:
    assert len(BLOCKS) >= 8
    for line, code in BLOCKS:
        assert "…" not in code and "{...}" not in code and "(...)" not in code, line


@pytest.mark.parametrize(("line", "code"), BLOCKS, ids=[f"README.md:{line}" for line, _ in BLOCKS])
def test_a_readme_block_runs_as_written(
    line: int, code: str, imbrace_mock: MockServer, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IMBRACE_")}
    env.update(
        IMBRACE_BASE_URL=imbrace_mock.url,
        IMBRACE_API_KEY=DEMO_API_KEY,
        PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, f"README.md:{line}\n{result.stderr[-3000:]}"


def _pytest(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("IMBRACE_", "PYTEST_"))}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    # The plugin is found through its pytest11 entry point, as in a user's project; no conftest.
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_the_readme_fixture_example_passes_under_pytest(tmp_path: Path) -> None:
    code = next(code for _, code in BLOCKS if code.startswith("# test_my_bot.py"))
    (tmp_path / "test_my_bot.py").write_text(code)
    result = _pytest(tmp_path, "-q", "test_my_bot.py")
    assert result.returncode == 0, result.stdout[-3000:]
    assert "2 passed" in result.stdout


def test_pytest_fixtures_describes_imbrace_mock(tmp_path: Path) -> None:
    (tmp_path / "test_nothing.py").write_text("def test_nothing():\n    pass\n")
    result = _pytest(tmp_path, "--fixtures", "test_nothing.py")
    assert result.returncode == 0, result.stdout[-3000:]
    out = result.stdout
    start = out.index("imbrace_mock")
    described = " ".join(out[start : start + 1500].split())
    assert "A running ``imbrace.testing.MockServer`` (the Imbrace mock), freshly seeded" in described
    assert "@pytest.mark.imbrace_mock(" in described and "imbrace_mock.url" in described
