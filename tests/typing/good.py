"""A user script written against the public API: strict pyright must report no error here.

A ``reveal_type(x)`` call whose line ends in an "expect-type: T" comment also checks the type pyright
infers, so a change that makes a public call less precise fails the test. The script is only
type-checked, never run.
"""

from __future__ import annotations

from typing import reveal_type

from imbrace import ImbraceClient, NotFoundError


def chat(client: ImbraceClient, assistant_id: str) -> str:
    body = {"assistant_id": assistant_id, "messages": [{"role": "user", "content": "Hi"}]}
    reply = ""
    for text in client.ai_agent.stream_chat_text(body):
        reveal_type(text)  # expect-type: str
        reply += text
    return reply


def main() -> None:
    client = ImbraceClient(api_key="api_test", timeout=5.0, max_retries=0)
    reveal_type(client)  # expect-type: ImbraceClient
    reveal_type(client.with_options(max_retries=1))  # expect-type: ImbraceClient
    try:
        print(chat(client, "asst_demo"))
    except NotFoundError as error:
        reveal_type(error.status_code)  # expect-type: int
    finally:
        client.close()
