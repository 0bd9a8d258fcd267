"""The Full Flow Guide, end to end, against the embedded mock server (``make demo``).

Each section follows the guide (docs: Full Flow Guide) with the SDK's calls as written there; replies
stream to the terminal delta by delta. Point it at a real gateway with ``--base-url`` and credentials in
``IMBRACE_API_KEY`` / ``IMBRACE_ACCESS_TOKEN`` to run it for real.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
import uuid
from collections.abc import Iterator

try:
    import guide_2_flows
    import guide_3_knowledge_hub
    import guide_4_boards
except ImportError:  # imported as examples.full_flow_guide
    from examples import guide_2_flows, guide_3_knowledge_hub, guide_4_boards

from imbrace import ImbraceClient
from imbrace.testing import DEMO_ORGANIZATION_ID, MockServer


def use_color() -> bool:
    """Bold headings only on a terminal, and never when NO_COLOR is set (no-color.org)."""
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def heading(text: str) -> None:
    print(f"\n\033[1m== {text}\033[0m" if use_color() else f"\n== {text}", flush=True)


def stream_reply(client: ImbraceClient, body: dict[str, object]) -> None:
    """Print a reply as it streams, then the time to its first delta and to its end."""
    started = time.perf_counter()
    first: float | None = None
    print("assistant> ", end="", flush=True)
    for text in client.ai_agent.stream_chat_text(body):
        if first is None:
            first = time.perf_counter() - started
        print(text, end="", flush=True)
    total = time.perf_counter() - started
    print(
        f"\n  (first delta after {1000 * (first or total):.0f} ms, whole reply after {1000 * total:.0f} ms)"
    )


def section_1_chat(client: ImbraceClient, organization_id: str) -> str:
    """Full Flow §1: create the assistant through ``chat_ai``, then two streamed turns in one session.

    ``"streaming": True`` makes ``/v2/chat`` answer with SSE, so the reply appears delta by delta.
    Returns the new assistant's id for the sections that follow.
    """
    heading("1. Create an AI assistant and start chatting")
    assistant = client.chat_ai.create_assistant(
        {
            "name": "Support Bot",
            "workflow_name": "support_bot_v1",
            "description": "Handles tier-1 customer support queries",
            "instructions": "You are a helpful support agent. Be concise and friendly.",
            "provider_id": "system",  # the org's default LLM provider
            "model_id": "gpt-4o",  # any model name the system provider exposes
            "streaming": True,
        }
    )
    assistant_id = str(assistant["id"])
    print("Assistant created:", assistant_id)
    session_id = str(uuid.uuid4())
    for question in ("How do I reset my password?", "How long does it take?"):
        print(f"user> {question}")
        stream_reply(
            client,
            {
                "assistant_id": assistant_id,
                "organization_id": organization_id,
                "id": session_id,
                "messages": [{"role": "user", "content": question}],
            },
        )
    return assistant_id


@contextlib.contextmanager
def target(base_url: str | None) -> Iterator[str]:
    if base_url:
        yield base_url
        return
    with MockServer(delta_delay_ms=20) as server:
        print(f"embedded mock server at {server.url}")
        yield server.url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base-url", help="a real gateway instead of the embedded mock")
    args = parser.parse_args()
    with (
        target(args.base_url) as url,
        ImbraceClient(base_url=url, api_key=None if args.base_url else "api_demo_key") as client,
    ):
        assistant_id = section_1_chat(client, DEMO_ORGANIZATION_ID)
        heading("2. Create a workflow with Activepieces and bind it to the assistant")
        guide_2_flows.run(client, assistant_id)
        heading("3. Manage a Knowledge Hub and attach it to the assistant")
        guide_3_knowledge_hub.run(client, assistant_id)
        heading("4. Manage data boards and items (CRM pipelines)")
        guide_4_boards.run(client, assistant_id)
    print("\ndone.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
