"""``python -m imbrace.testing [--port 8765] [--delta-delay-ms 20]``: serve the mock until stopped."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ._constants import DEMO_API_KEY, DEMO_ASSISTANT_ID, DEMO_ORGANIZATION_ID, DEMO_PLAIN_ASSISTANT_ID


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m imbrace.testing", description="Run the Imbrace mock server."
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--delta-delay-ms", type=float, default=20.0, help="pause between streamed deltas")
    args = parser.parse_args(argv)
    from ._server import MockServer

    server = MockServer(host=args.host, port=args.port, delta_delay_ms=args.delta_delay_ms)
    print(f"listening on http://{args.host}:{args.port}", flush=True)
    print(f"  DEMO_ASSISTANT_ID={DEMO_ASSISTANT_ID} (streaming)", flush=True)
    print(f"  DEMO_PLAIN_ASSISTANT_ID={DEMO_PLAIN_ASSISTANT_ID} (text/plain)", flush=True)
    print(f"  organization {DEMO_ORGANIZATION_ID}; any non-empty key works, e.g. {DEMO_API_KEY}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
