"""Shared by the ``guide_*`` examples: printing progress, a streamed chat that shows tool calls and sources,
and running one guide section against the embedded mock server."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from imbrace import ImbraceClient
from imbrace.testing import DEMO_API_KEY, DEMO_ASSISTANT_ID, MockServer


def step(text: str) -> None:
    print(f"\n-- {text}", flush=True)


def chat(client: ImbraceClient, assistant_id: str, question: str) -> None:
    """Ask one question and print the reply as it streams, with the tools it calls and the sources it cites."""
    print(f"user> {question}")
    body = {"assistant_id": assistant_id, "messages": [{"role": "user", "content": question}]}
    started = False
    for event in client.ai_agent.stream_chat_events(body):
        kind: Any = event["type"]
        if kind == "tool-input-start":
            print(f"  [calls tool {event['toolName']}]")
        elif kind == "tool-output-available":
            print(f"  [tool result: {event['output']}]")
        elif kind == "source-document":
            print(f"  [source: {event['title']}]")
        elif kind == "text-delta":
            if not started:
                print("assistant> ", end="")
                started = True
            print(event["delta"], end="", flush=True)
    print()


def run_against_mock(run: Callable[[ImbraceClient, str], None], **server_options: Any) -> int:
    """Run one section against an embedded mock server with its seeded assistant."""
    with (
        MockServer(delta_delay_ms=10, **server_options) as server,
        ImbraceClient(base_url=server.url, api_key=DEMO_API_KEY) as client,
    ):
        print(f"embedded mock server at {server.url}")
        run(client, DEMO_ASSISTANT_ID)
    print("\ndone.")
    return 0
