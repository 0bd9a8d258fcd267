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


# The third-party modules the mock needs, each with the distribution that brings it.
_EXTRA_MODULES = {
    "werkzeug": "werkzeug",
    "openapi_core": "openapi-core",
    "openapi_schema_validator": "openapi-schema-validator",
}
INSTALL_HINT = (
    "pip install 'imbrace[testing]' (from a clone of the SDK: pip install '.[testing]'; "
    "from git: pip install 'imbrace[testing] @ git+<repository URL>')"
)


def require_testing_extra(what: str = "imbrace.testing") -> None:
    """Raise a ``ModuleNotFoundError`` naming the ``testing`` extra when a module the mock needs is missing."""
    import importlib.util

    for module, distribution in _EXTRA_MODULES.items():
        try:
            found = importlib.util.find_spec(module) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            raise ModuleNotFoundError(
                f"{what} needs the 'testing' extra, which is not installed ({distribution} is missing): "
                f"{INSTALL_HINT}",
                name=module,
            )


def __getattr__(name: str) -> Any:
    if name == "MockServer":
        require_testing_extra()
        from ._server import MockServer

        return MockServer
    raise AttributeError(name)
