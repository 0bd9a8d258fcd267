"""imbrace.testing: an in-memory Imbrace server built from the SDK's own OpenAPI specs.

    from imbrace import ImbraceClient
    from imbrace.testing import MockServer, DEMO_ASSISTANT_ID

    with MockServer() as server:
        client = ImbraceClient(base_url=server.url, api_key="api_test")
        for text in client.ai_agent.stream_chat_text({"assistant_id": DEMO_ASSISTANT_ID,
                                                       "messages": [{"role": "user", "content": "Hi"}]}):
            print(text, end="")

It validates every request and response against the specs, keeps state per server, streams replies as
the real service does, and can inject faults (see ``MockServer(faults=...)``). ``python -m imbrace.testing``
runs it as a process; pytest users get the ``imbrace_mock`` fixture. Needs the ``imbrace[testing]`` extra.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._constants import (
    DEMO_API_KEY,
    DEMO_ASSISTANT_ID,
    DEMO_BUSINESS_UNIT_ID,
    DEMO_CHANNEL_ID,
    DEMO_CONTACT_ID,
    DEMO_CONVERSATION_ID,
    DEMO_ORGANIZATION_ID,
    DEMO_PLAIN_ASSISTANT_ID,
    DEMO_TEAM_ID,
    DEMO_USER_ID,
)

if TYPE_CHECKING:
    from ._server import MockServer

__all__ = [
    "MockServer",
    "DEMO_API_KEY",
    "DEMO_ASSISTANT_ID",
    "DEMO_BUSINESS_UNIT_ID",
    "DEMO_CHANNEL_ID",
    "DEMO_CONTACT_ID",
    "DEMO_CONVERSATION_ID",
    "DEMO_ORGANIZATION_ID",
    "DEMO_PLAIN_ASSISTANT_ID",
    "DEMO_TEAM_ID",
    "DEMO_USER_ID",
]


def __getattr__(name: str) -> Any:
    if name == "MockServer":
        from ._server import MockServer

        return MockServer
    raise AttributeError(name)
