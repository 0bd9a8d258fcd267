"""The ``imbrace`` command: ``imbrace mock`` runs the mock server, ``imbrace version`` prints the version."""

from __future__ import annotations

import sys
from collections.abc import Sequence

# Each command with its line in `imbrace --help`.
COMMANDS = {
    "mock": "run the stateful Imbrace mock server on a local port (needs the 'testing' extra); "
    "`imbrace mock --help` lists its options",
    "version": "print the installed SDK's version (the same as `imbrace --version`)",
    "help": "show this help",
}


def usage() -> str:
    width = max(len("-h, --help"), *map(len, COMMANDS))
    lines = [
        "usage: imbrace [--help] [--version] <command> [options]",
        "",
        "The imbrace SDK's command line.",
        "",
        "commands:",
        *(f"  {name.ljust(width)}  {line}" for name, line in COMMANDS.items()),
        "",
        "options:",
        f"  {'-h, --help'.ljust(width)}  show this help",
        f"  {'--version'.ljust(width)}  print the version",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args.pop(0) if args else "help"
    if command == "mock":
        from .testing.__main__ import main as mock_main

        return mock_main(args, prog="imbrace mock")
    if command in ("version", "--version", "-V"):
        from ._version import __version__

        print(f"imbrace {__version__}")
        return 0
    if command in ("help", "-h", "--help"):
        print(usage())
        return 0
    kind = "option" if command.startswith("-") else "command"
    print(f"imbrace: unknown {kind} {command!r} (commands: {', '.join(COMMANDS)})", file=sys.stderr)
    print("Run `imbrace --help` for the list.", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
