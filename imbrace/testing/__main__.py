"""``python -m imbrace.testing`` (or ``imbrace mock``): serve the mock until stopped.

``--faults`` injects seeded faults (see ``_faults.py``); ``imbrace mock --help`` lists every option.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ._constants import DEMO_API_KEY, DEMO_ASSISTANT_ID, DEMO_ORGANIZATION_ID, DEMO_PLAIN_ASSISTANT_ID


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Run the Imbrace mock server: an in-memory Imbrace gateway built from the SDK's OpenAPI "
        "specs, freshly seeded (demo organization, users, agents), that validates every request and reply. "
        "Point a client at it with ImbraceClient(base_url='http://HOST:PORT', api_key='api_test'). "
        "Stop it with Ctrl-C.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: %(default)s)")
    parser.add_argument(
        "--port", type=int, default=8765, help="port to listen on; 0 picks a free one (default: %(default)s)"
    )
    parser.add_argument(
        "--delta-delay-ms",
        type=float,
        default=20.0,
        help="pause between streamed text deltas, in milliseconds; 0 streams at once (default: %(default)s)",
    )
    parser.add_argument(
        "--faults",
        default=None,
        help="inject faults at these rates per request, e.g. "
        "503:0.2,429:0.1,reset:0.05,stall:0.02,truncate:0.05,slow:0.05 (default: no faults)",
    )
    parser.add_argument(
        "--seed", type=int, default=0, help="seed of the fault draws, to replay a run (default: %(default)s)"
    )
    parser.add_argument(
        "--stall-seconds",
        type=float,
        default=10.0,
        help="seconds a stall fault keeps a request waiting (default: %(default)s)",
    )
    parser.add_argument(
        "--gap-seconds",
        type=float,
        default=0.05,
        help="seconds between chunks of a slow-fault stream (default: %(default)s)",
    )
    parser.add_argument(
        "--strict-auth",
        action="store_true",
        help="accept only credentials the mock issued (sign-in, minted API keys, and the demo key "
        f"{DEMO_API_KEY}) (default: off, any non-empty credential acts as the demo user)",
    )
    parser.add_argument(
        "--otp-code",
        default="123456",
        help="the code every emailed sign-in code (request_otp) carries; 'random' sends random ones "
        "(default: %(default)s)",
    )
    return parser


def main(argv: Sequence[str] | None = None, prog: str = "python -m imbrace.testing") -> int:
    parser = _parser(prog)
    args = parser.parse_args(argv)
    from . import require_testing_extra

    try:
        require_testing_extra("the mock server (imbrace mock)")
    except ModuleNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    from .._color import bold
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
    server = MockServer(
        host=args.host,
        port=args.port,
        delta_delay_ms=args.delta_delay_ms,
        faults=plan,
        strict_auth=args.strict_auth,
        otp_code=None if args.otp_code == "random" else args.otp_code,
    )
    try:
        server.bind()
    except OSError as exc:
        print(
            f"error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}. "
            f"Is another mock or server using that port? Pick another with --port (0 picks a free one).",
            file=sys.stderr,
        )
        return 1
    print(bold(f"listening on {server.url}", sys.stdout), flush=True)
    print(f"  DEMO_ASSISTANT_ID={DEMO_ASSISTANT_ID} (streaming)", flush=True)
    print(f"  DEMO_PLAIN_ASSISTANT_ID={DEMO_PLAIN_ASSISTANT_ID} (text/plain)", flush=True)
    if args.strict_auth:
        print(
            f"  organization {DEMO_ORGANIZATION_ID}; strict auth: use {DEMO_API_KEY} or sign in", flush=True
        )
    else:
        print(
            f"  organization {DEMO_ORGANIZATION_ID}; any non-empty key works, e.g. {DEMO_API_KEY}", flush=True
        )
    if plan is not None:
        print(f"  injecting faults {plan.rates} with seed {plan.seed}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
