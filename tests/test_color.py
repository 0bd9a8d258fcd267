"""Coloured output (issue 16): only on a terminal, never with NO_COLOR; the demo and the CLI share the rule."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import pytest

from imbrace._color import bold, use_color

ROOT = Path(__file__).resolve().parent.parent


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def plain_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR", "TERM"):
        monkeypatch.delenv(name, raising=False)


def test_a_terminal_gets_colour_and_a_pipe_does_not() -> None:
    assert use_color(Terminal()) and bold("x", Terminal()) == "\033[1mx\033[0m"
    assert not use_color(io.StringIO()) and bold("x", io.StringIO()) == "x"


@pytest.mark.parametrize(("name", "value"), [("NO_COLOR", "1"), ("TERM", "dumb")])
def test_no_color_or_a_dumb_terminal_turns_colour_off(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    assert not use_color(Terminal())


def test_no_color_wins_over_force_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert use_color(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_color(io.StringIO())


def _demo_heading(stream: io.StringIO, monkeypatch: pytest.MonkeyPatch) -> str:
    spec = importlib.util.spec_from_file_location(
        "full_flow_guide_color", ROOT / "examples" / "full_flow_guide.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.syspath_prepend(str(ROOT / "examples"))
    spec.loader.exec_module(module)
    monkeypatch.setattr("sys.stdout", stream)
    module.heading("1. Sign in")
    return stream.getvalue()


def test_the_demo_colours_headings_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "\033[1m== 1. Sign in" in _demo_heading(Terminal(), monkeypatch)
    assert _demo_heading(io.StringIO(), monkeypatch) == "\n== 1. Sign in\n"
    monkeypatch.setenv("NO_COLOR", "1")
    assert _demo_heading(Terminal(), monkeypatch) == "\n== 1. Sign in\n"
