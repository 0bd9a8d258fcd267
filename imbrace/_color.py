"""Colour for the command line and the demo: only on a terminal, and never when ``NO_COLOR`` is set."""

from __future__ import annotations

import os
from typing import TextIO


def use_color(stream: TextIO) -> bool:
    """Whether to colour what goes to ``stream``: a terminal, ``NO_COLOR`` unset or empty (no-color.org),
    and ``TERM`` not ``dumb``. ``FORCE_COLOR`` (non-empty) colours anyway, unless ``NO_COLOR`` is set."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


def bold(text: str, stream: TextIO) -> str:
    return f"\033[1m{text}\033[0m" if use_color(stream) else text
