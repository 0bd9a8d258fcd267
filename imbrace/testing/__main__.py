"""``python -m imbrace.testing [--port 8765] [--delta-delay-ms 20] [--faults 503:0.2,reset:0.05 --seed 7]``.

Serves the mock until stopped; with ``--faults`` it injects seeded faults (see ``_faults.py``).
"""

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
    parser.add_argument(
        "--faults",
        default=None,
        help="inject faults at these rates, e.g. 503:0.2,429:0.1,reset:0.05,stall:0.02,truncate:0.05,slow:0.05",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the fault draws (replay a run)")
    parser.add_argument("--stall-seconds", type=float, default=10.0, help="how long a stall fault lasts")
    parser.add_argument(
        "--gap-seconds", type=float, default=0.05, help="pause between chunks of a slow stream"
    )
    args = parser.parse_args(argv)
    from . import require_testing_extra

    try:
        require_testing_extra("the mock server (imbrace mock)")
    except ModuleNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    from ._faults import FaultPlan
    from ._server import MockServer

    plan = None
    if args.faults:
        try:
            plan = FaultPlan(
                args.faults, args.seed, stall_seconds=args.stall_seconds, gap_seconds=args.gap_seconds
            )
        except ValueError as exc:
            parser.error(str(exc))
    server = MockServer(host=args.host, port=args.port, delta_delay_ms=args.delta_delay_ms, faults=plan)
    print(f"listening on http://{args.host}:{args.port}", flush=True)
    print(f"  DEMO_ASSISTANT_ID={DEMO_ASSISTANT_ID} (streaming)", flush=True)
    print(f"  DEMO_PLAIN_ASSISTANT_ID={DEMO_PLAIN_ASSISTANT_ID} (text/plain)", flush=True)
    print(f"  organization {DEMO_ORGANIZATION_ID}; any non-empty key works, e.g. {DEMO_API_KEY}", flush=True)
    if plan is not None:
        print(f"  injecting faults {plan.rates} with seed {plan.seed}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
