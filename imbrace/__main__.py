"""The ``imbrace`` command: ``imbrace mock [--port N]`` runs the mock server; ``imbrace version``."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args.pop(0) if args else "help"
    if command == "mock":
        from .testing.__main__ import main as mock_main

        return mock_main(args)
    if command == "version":
        from ._version import __version__

        print(__version__)
        return 0
    print("usage: imbrace mock [--port N] [--delta-delay-ms MS] | imbrace version")
    return 0 if command in ("help", "-h", "--help") else 2


if __name__ == "__main__":
    sys.exit(main())
