"""The official docs' Python snippets, read from the docs pages at test time and run against the mock.

Pages: ``sdk/ai-agent.md``, ``sdk/full-flow-guide.md``, ``sdk/error-handling.md``, ``sdk/databoard.md`` and
``sdk/workflows.md`` in ``../shared/reference/official/docs`` (next to the repository; the tests skip when
it is absent). ``SNIPPETS`` says which blocks are in scope, by page and index, with the start of the
block's first line to catch a docs change; ``OUT_OF_SCOPE`` lists the rest with the namespace or
operations they need and we do not have.

Each block runs unchanged except for these substitutions, made on quoted literals only:

* placeholder ids (``"chat_id"``, ``"asst_abc"``, ...) become the mock's seeded ids
  (``imbrace.testing``) or ids of objects created just before the block;
* the gateway URL in a constructor line (``base_url="https://app-gatewayv2.imbrace.co"``) becomes the
  mock's URL; other clients find the mock through ``IMBRACE_BASE_URL``/``IMBRACE_API_KEY``.

Each block starts with ``client``, ``ImbraceClient`` and ``AsyncImbraceClient`` defined (the pages say
"initialize the client first"), in a directory holding the files the snippets open. The Full Flow
Guide's blocks build on each other, so each runs after the page's earlier in-scope blocks.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
import re
import sys
import textwrap
import types
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from imbrace import AsyncImbraceClient, FlowTimeoutError, ImbraceClient, NotFoundError
from imbrace.testing import (
    DEMO_ASSISTANT_ID,
    DEMO_BUSINESS_UNIT_ID,
    DEMO_CHANNEL_ID,
    DEMO_CONTACT_ID,
    DEMO_CONVERSATION_ID,
    DEMO_ORGANIZATION_ID,
    DEMO_USER_ID,
    MockServer,
)
from imbrace.testing.handlers.activepieces import DEMO_FLOW_ID, DEMO_PROJECT_ID
from imbrace.testing.handlers.channels import DEMO_FACEBOOK_CREDENTIAL_ID

DOCS = Path(__file__).parents[1].parent / "shared" / "reference" / "official" / "docs"
GATEWAY_URL = "https://app-gatewayv2.imbrace.co"
FENCE = re.compile(r"^([ \t]*)```python[^\n]*\n(.*?)^\1```", re.S | re.M)
FILES_OPENED = ("report.pdf", "doc.pdf", "knowledge.pdf", "docs/faq.pdf")

pytestmark = pytest.mark.skipif(not DOCS.is_dir(), reason=f"official docs not found at {DOCS}")

Prepare = Callable[[ImbraceClient], dict[str, str]]
Setup = Callable[[MockServer, pytest.MonkeyPatch], None]


@dataclass(frozen=True)
class Snippet:
    page: str
    index: int  # the block's position among the page's python blocks, from 0
    starts: str  # the start of its first line
    ids: dict[str, str] = field(default_factory=dict)  # placeholder -> value
    prepare: Prepare | None = None  # creates what the block names, returns more substitutions
    raises: type[Exception] | None = None  # the docs' own call order makes the block end in this error
    why: str = ""
    open_gap: str = ""  # a known difference from the docs, still to decide: the test is xfail(strict)
    setup: Setup | None = None  # what the page assumes outside the block (a .env, the user's password)

    @property
    def id(self) -> str:
        return f"{self.page.removesuffix('.md')}#{self.index}"


# -- objects the blocks name, created first ----------------------------------------------------------
def _guardrail(client: ImbraceClient) -> dict[str, str]:
    made = client.ai.create_guardrail({"name": "Seed", "model": "gpt-4o", "instructions": "Be safe."})
    return {"guardrail_id": made["_id"]}


def _rag_file(client: ImbraceClient) -> dict[str, str]:
    return {"file_id": client.ai.upload_rag_file(files={"file": ("seed.pdf", b"seed")})["_id"]}


def _agent_app(client: ImbraceClient) -> dict[str, str]:
    made = client.ai.create_ai_agent_app(
        {"name": "Seed App", "workflow_name": "seed_app", "assistant_id": DEMO_ASSISTANT_ID}
    )
    return {"app_id": made["_id"]}


def _client_chat(client: ImbraceClient) -> dict[str, str]:
    chat_id, message_id = str(uuid.uuid4()), str(uuid.uuid4())
    client.ai_agent.create_client_chat(
        {
            "id": chat_id,
            "assistantId": DEMO_ASSISTANT_ID,
            "organizationId": DEMO_ORGANIZATION_ID,
            "userId": DEMO_USER_ID,
            "message": {"id": message_id, "role": "user", "content": "Hi"},
        }
    )
    return {"chat_id": chat_id, "message_id": message_id, "msg_id": message_id}


def _document(client: ImbraceClient) -> dict[str, str]:
    return {"doc_id": client.ai_agent.create_document({"kind": "text", "content": "Seed"})["id"]}


def _trace(client: ImbraceClient) -> dict[str, str]:
    return {"trace_id_hex": client.ai_agent.get_traces(limit=1)["traces"][0]["traceID"]}


def _v1_chat(client: ImbraceClient) -> dict[str, str]:
    chat_id = str(uuid.uuid4())
    body = {"id": chat_id, "assistant_id": DEMO_ASSISTANT_ID, "messages": [{"role": "user", "content": "Hi"}]}
    for _ in client.ai_agent.stream_chat_text(body):
        pass
    return {"chat_id": chat_id}


def _fresh_chat_id(client: ImbraceClient) -> dict[str, str]:
    return {"chat_id": str(uuid.uuid4())}


def _board(client: ImbraceClient) -> dict[str, str]:
    return {"board_id": client.boards.create("Seed board")["_id"]}


def _folders(client: ImbraceClient) -> dict[str, str]:
    made = [client.boards.create_folder({"name": f"Seed {n}"})["_id"] for n in range(4)]
    return dict(zip(("folder_id", "parent_id", "folder_id_1", "folder_id_2"), made, strict=True))


def _answering_flow(client: ImbraceClient) -> dict[str, str]:
    """A published webhook flow that ends in a Return Response, so a synchronous trigger gets an answer."""
    flow_id = client.workflows.create_flow(display_name="Seed", project_id=DEMO_PROJECT_ID)["id"]
    webhook = {"pieceName": "@activepieces/piece-webhook", "pieceVersion": "0.1.24", "propertySettings": {}}
    trigger = {"name": "trigger", "type": "PIECE_TRIGGER", "valid": True, "displayName": "Webhook"}
    trigger["settings"] = {**webhook, "triggerName": "catch_webhook", "input": {}}
    action = {"name": "step_1", "type": "PIECE", "valid": True, "displayName": "Return Response"}
    action["settings"] = {
        **webhook,
        "actionName": "return_response",
        "input": {"fields": {"body": {"ok": 1}}},
    }
    operations: list[Any] = [
        {"type": "UPDATE_TRIGGER", "request": trigger},
        {"type": "ADD_ACTION", "request": {"parentStep": "trigger", "action": action}},
        {"type": "LOCK_AND_PUBLISH", "request": {}},
    ]
    for operation in operations:
        client.workflows.apply_flow_operation(flow_id, operation)
    return {"flow_id": flow_id}


def _flow_run(client: ImbraceClient) -> dict[str, str]:
    client.workflows.trigger_flow(DEMO_FLOW_ID, {"seed": True})
    return {"run_id": client.workflows.list_runs(flow_id=DEMO_FLOW_ID)["data"][0]["id"]}


# -- what the sign-in pages assume outside their blocks ------------------------------------------------
def _password_is_password(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """setup.md signs user@example.com in with "password" (authentication.md says "password123")."""
    server.add_user("user@example.com", "password")


def _otp_sent_to_the_mock(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """The block types the code the user received: the mock's fixed code, also in its outbox."""
    assert server.otp_code == "123456"


def _dotenv_with_an_access_token(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """A stand-in for python-dotenv: the variables a .env file would hold are set already."""
    dotenv = types.ModuleType("dotenv")
    dotenv.load_dotenv = lambda *args, **kwargs: True  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "dotenv", dotenv)
    monkeypatch.setenv("IMBRACE_ACCESS_TOKEN", "acc_from_dotenv")


class _App:
    """A stand-in for FastAPI: routes and the lifespan are plain functions the test calls."""

    def __init__(self, lifespan: Any = None) -> None:
        self.lifespan = lifespan
        self.routes: dict[str, Any] = {}

    def _route(self, path: str) -> Callable[[Any], Any]:
        def register(fn: Any) -> Any:
            self.routes[path] = fn
            return fn

        return register

    get = post = _route


class _HTTPException(Exception):
    def __init__(self, status_code: int, detail: str = "") -> None:
        super().__init__(detail)
        self.status_code = status_code


class _BaseModel:
    def __init__(self, **fields: Any) -> None:
        self.__dict__.update(fields)


def _web_frameworks(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """FastAPI and pydantic as small stand-ins (not dependencies of the SDK); each block's routes are
    then called by ``_call_routes`` as a request would."""
    fastapi = types.ModuleType("fastapi")
    fastapi.FastAPI = _App  # type: ignore[attr-defined]
    fastapi.HTTPException = _HTTPException  # type: ignore[attr-defined]
    fastapi.Depends = lambda dependency: dependency  # type: ignore[attr-defined]
    pydantic = types.ModuleType("pydantic")
    pydantic.BaseModel = _BaseModel  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fastapi", fastapi)
    monkeypatch.setitem(sys.modules, "pydantic", pydantic)


# -- what the contacts pages assume outside their blocks (issue 14) ------------------------------------
def _demo_conversation(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """The blocks name a conversation of the demo contact: client.conversations seeds it; until then, a row."""
    with server.store.lock:
        server.store.table("conversations").setdefault(
            DEMO_CONVERSATION_ID,
            {
                "id": DEMO_CONVERSATION_ID,
                "_id": DEMO_CONVERSATION_ID,
                "contact_id": DEMO_CONTACT_ID,
                "channel_type": "web",
                "status": "open",
                "organization_id": DEMO_ORGANIZATION_ID,
            },
        )


def _avatar_file(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """The block opens avatar.png in the working directory."""
    Path("avatar.png").write_bytes(b"\x89PNG\r\n\x1a\n")


class _Task:
    def __init__(self, fn: Callable[..., Any]) -> None:
        self.fn = fn
        self.request = types.SimpleNamespace(retries=0)

    def retry(self, exc: Exception, countdown: int) -> Exception:
        return exc


def _django_and_celery(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """Django's JsonResponse and Celery as small stand-ins; ``_call_routes`` then calls the view and the
    task once each. The Celery block's ``save_to_db`` is the reader's own function: a list here."""
    http = types.ModuleType("django.http")
    http.JsonResponse = lambda data, status=200: {"data": data, "status": status}  # type: ignore[attr-defined]
    celery = types.ModuleType("celery")

    class Celery:
        def __init__(self, name: str) -> None:
            self.name = name

        def task(self, **options: Any) -> Callable[[Callable[..., Any]], _Task]:
            def register(fn: Callable[..., Any]) -> _Task:
                fn.__globals__.setdefault("save_to_db", fn.__globals__.setdefault("saved", []).append)
                return _Task(fn)

            return register

    celery.Celery = Celery  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "django", types.ModuleType("django"))
    monkeypatch.setitem(sys.modules, "django.http", http)
    monkeypatch.setitem(sys.modules, "celery", celery)


async def _call_contact_routes(namespace: dict[str, Any]) -> None:
    """integrations.md's contacts routes, views and tasks, called once each as their framework would."""
    app = namespace.get("app")
    if isinstance(app, _App) and "/contacts" in app.routes:
        async for client in namespace["get_imbrace"]():
            contacts = await app.routes["/contacts"](client=client)
            assert len(contacts) == 7
            contact = await app.routes["/contacts/{contact_id}"](contacts[0]["id"], client=client)
            assert contact.id == contacts[0]["id"]
    if "contact_list" in namespace:
        request = types.SimpleNamespace(GET={"search": "alice", "page": "1"})
        response = namespace["contact_list"](request)
        assert [c["id"] for c in response["data"]["data"]] == [DEMO_CONTACT_ID]
    if isinstance(namespace.get("sync_contacts"), _Task):
        task = namespace["sync_contacts"]
        task.fn(task)
        assert len(namespace["saved"]) == 7


async def _call_routes(namespace: dict[str, Any], server: MockServer) -> None:
    """Serve the integration blocks' routes once each, as FastAPI would."""
    app: _App | None = namespace.get("app")
    if app is None:  # a block without a web app (the asyncio example)
        return
    if app.lifespan is not None:
        async with app.lifespan(app):
            me = await app.routes["/me"]()
            assert me["id"] == DEMO_USER_ID
    if "/auth/request-otp" in app.routes:
        otp_request, otp_verify = namespace["OtpRequest"], namespace["OtpVerify"]
        await app.routes["/auth/request-otp"](otp_request(email="user@example.com"))
        code = server.outbox[-1]["code"]
        token = (await app.routes["/auth/verify-otp"](otp_verify(email="user@example.com", otp=code)))[
            "access_token"
        ]
        assert token.startswith("login_acc_")
        with pytest.raises(_HTTPException):
            await app.routes["/auth/verify-otp"](otp_verify(email="user@example.com", otp="000000"))


ASSISTANT = {"asst_abc": DEMO_ASSISTANT_ID}
ORG = {"org_abc": DEMO_ORGANIZATION_ID}
FLOW = {"flow_id": DEMO_FLOW_ID}
CONSTRUCTOR = {GATEWAY_URL: "{mock_url}"}

AI_AGENT = "ai-agent.md"
FLOW_GUIDE = "full-flow-guide.md"
ERRORS = "error-handling.md"
BOARDS = "databoard.md"
WORKFLOWS = "workflows.md"
AUTH = "authentication.md"
API_KEY = "guides/api-key.md"
SETUP = "getting-started/setup.md"
QUICK_START = "quick-start.md"
OVERVIEW = "overview.md"
INTEGRATIONS = "integrations.md"
CHANNEL_REF = "reference/channel.md"
SIGN_IN_PAGES = (AUTH, API_KEY, SETUP, QUICK_START, OVERVIEW, INTEGRATIONS)
CONTACT = "reference/contact.md"
RESOURCES = "resources.md"
CONTACT_IDS = {"contact_id": DEMO_CONTACT_ID}
CONVERSATION_IDS = {"conversation_id": DEMO_CONVERSATION_ID}

FLOW_GUIDE_EXCEPTIONS: dict[int, dict[str, Any]] = {
    8: {
        "raises": FlowTimeoutError,
        "why": "its own comment: trigger_flow_sync times out unless the flow ends in a Return Response",
    },
}

SNIPPETS = [
    Snippet(AI_AGENT, 0, "from imbrace import ImbraceClient"),
    Snippet(AI_AGENT, 1, "# List all AI agents", {"9f77692f-33d0-436a-8138-2efb268838e6": DEMO_ASSISTANT_ID}),
    Snippet(AI_AGENT, 2, "from imbrace.types.ai import CompletionInput, CompletionMessage"),
    Snippet(AI_AGENT, 3, "models = client.chat_ai.list_document_models()"),
    Snippet(AI_AGENT, 4, "# Upload an agent-specific file", ASSISTANT),
    Snippet(AI_AGENT, 5, "# Folders"),
    Snippet(AI_AGENT, 6, "from imbrace.types.ai import CompletionInput, CompletionMessage, Embed"),
    Snippet(AI_AGENT, 7, "result = client.ai.get_llm_models()"),
    Snippet(AI_AGENT, 8, "providers = client.ai.list_providers()"),
    Snippet(AI_AGENT, 9, "guardrails = client.ai.list_guardrails()", prepare=_guardrail),
    Snippet(AI_AGENT, 10, "providers = client.ai.list_guardrail_providers()"),
    Snippet(AI_AGENT, 11, "files = client.ai.list_rag_files()", prepare=_rag_file),
    Snippet(AI_AGENT, 12, "account_agents = client.ai.list_ai_agents()", ASSISTANT),
    Snippet(
        AI_AGENT,
        13,
        "apps = client.ai.list_ai_agent_apps()",
        ASSISTANT,
        _agent_app,
        NotFoundError,
        "the block updates the app's workflow after deleting the app",
    ),
    Snippet(AI_AGENT, 14, "result = client.ai.verify_tool_server("),
    Snippet(AI_AGENT, 15, "for chunk in client.ai_agent.stream_chat_text({", ASSISTANT, _fresh_chat_id),
    Snippet(AI_AGENT, 16, "body = {", ASSISTANT, _fresh_chat_id),
    Snippet(AI_AGENT, 17, "import asyncio", ASSISTANT, _fresh_chat_id),
    Snippet(
        AI_AGENT,
        18,
        "res = client.ai_agent.stream_sub_agent_chat({",
        {"asst_sub": DEMO_ASSISTANT_ID},
        _fresh_chat_id,
    ),
    Snippet(AI_AGENT, 19, "suggestions = client.ai_agent.get_agent_prompt_suggestion(", ASSISTANT),
    Snippet(AI_AGENT, 20, 'client.ai_agent.process_embedding("file_abc")'),
    Snippet(AI_AGENT, 21, "result = client.ai_agent.suggest_field_types("),
    Snippet(AI_AGENT, 22, "result = client.ai_agent.generate_parquet("),
    Snippet(AI_AGENT, 23, "traces = client.ai_agent.get_traces(", ORG, _trace),
    Snippet(AI_AGENT, 24, "client.ai_agent.verify_chat_client_credentials("),
    Snippet(
        AI_AGENT,
        25,
        "from datetime import datetime, timezone",
        {**ASSISTANT, **ORG, "user_xxx": DEMO_USER_ID, "chat_uuid": "{chat_id}", "msg_uuid": "{message_id}"},
        lambda client: {"chat_id": str(uuid.uuid4()), "message_id": str(uuid.uuid4())},
        NotFoundError,
        "the block asks for a title of the chat it deleted two lines before",
    ),
    Snippet(AI_AGENT, 26, "client.ai_agent.persist_client_message(", prepare=_client_chat),
    Snippet(AI_AGENT, 27, 'votes = client.ai_agent.get_votes("chat_id")', prepare=_client_chat),
    Snippet(AI_AGENT, 28, "client.ai_agent.create_document(", prepare=_document),
    Snippet(AI_AGENT, 29, "config  = client.ai_agent.get_config()"),
    Snippet(AI_AGENT, 30, "guides = client.ai_agent.list_admin_guides()"),
    Snippet(AI_AGENT, 31, "chats = client.ai_agent.list_chats(", {**ORG, "user_123": DEMO_USER_ID}, _v1_chat),
    # the Full Flow Guide: one story, each block after the earlier ones
    Snippet(FLOW_GUIDE, 0, "from imbrace import ImbraceClient", CONSTRUCTOR),
    Snippet(FLOW_GUIDE, 1, "from imbrace import ImbraceClient", CONSTRUCTOR),
    *(
        Snippet(FLOW_GUIDE, index, starts, **FLOW_GUIDE_EXCEPTIONS.get(index, {}))
        for index, starts in enumerate(
            (
                "agent = client.chat_ai.create_ai_agent({",
                "for chunk in client.ai_agent.stream_chat_text({",
                "import uuid",
                "res = client.workflows.list_flows(limit=5)",
                "flow = client.workflows.create_flow(",
                "# Set the Webhook piece as the flow's trigger",
                "# Fire and forget (async)",
                "client.chat_ai.update_ai_agent(ai_agent_id, {",
                "res = client.workflows.list_runs(",
                "folder = client.boards.create_folder({",
                "from pathlib import Path",
                "client.chat_ai.update_ai_agent(ai_agent_id, {",
                "# Search folders",
                "board = client.boards.create(",
                "client.boards.create_field(board",
                "item = client.boards.create_item(",
                "# Paginate through items",
                "client.boards.update_item(",
                "csv = client.boards.export_csv(",
            ),
            start=2,
        )
    ),
    Snippet(ERRORS, 0, "from imbrace import AuthError"),
    Snippet(ERRORS, 2, "from imbrace import NetworkError"),
    Snippet(ERRORS, 3, "from imbrace import ImbraceError, AuthError, ApiError, NetworkError"),
    Snippet(ERRORS, 4, "client = ImbraceClient(timeout=15)"),
    Snippet(ERRORS, 5, "from imbrace import AsyncImbraceClient, AuthError, ApiError"),
    # sign-in and the platform (issue 13)
    Snippet(AUTH, 0, "import os"),
    Snippet(AUTH, 1, "client = ImbraceClient("),
    Snippet(AUTH, 2, "from imbrace import ImbraceClient", setup=_otp_sent_to_the_mock),
    Snippet(AUTH, 3, "from imbrace import AsyncImbraceClient"),
    Snippet(AUTH, 4, "client = ImbraceClient()"),
    Snippet(AUTH, 5, "# Replace token (e.g., after refresh)"),
    Snippet(AUTH, 6, "# Synchronous"),
    Snippet(API_KEY, 0, "# Requires client initialized with an access token"),
    Snippet(API_KEY, 1, "import os"),
    Snippet(SETUP, 0, "from imbrace import ImbraceClient"),
    Snippet(SETUP, 1, 'client = ImbraceClient(env="sandbox")'),
    Snippet(SETUP, 2, "import os", setup=_password_is_password),
    Snippet(SETUP, 3, "from imbrace import AsyncImbraceClient"),
    Snippet(SETUP, 4, "from imbrace import ImbraceClient", ASSISTANT, _fresh_chat_id),
    Snippet(SETUP, 5, "client = ImbraceClient("),
    Snippet(QUICK_START, 0, "import os", CONSTRUCTOR, setup=_dotenv_with_an_access_token),
    Snippet(QUICK_START, 1, "import os", CONSTRUCTOR, setup=_dotenv_with_an_access_token),
    Snippet(QUICK_START, 2, "boards = client.boards.list()", prepare=_board),
    Snippet(OVERVIEW, 0, "from imbrace import ImbraceClient"),
    Snippet(INTEGRATIONS, 1, "from contextlib import asynccontextmanager", setup=_web_frameworks),
    Snippet(INTEGRATIONS, 7, "from fastapi import FastAPI, HTTPException", setup=_web_frameworks),
    Snippet(BOARDS, 0, 'boards = client.boards.list().get("data", [])', prepare=_board),
    Snippet(BOARDS, 5, 'results = client.boards.search("board_id"', prepare=_board),
    Snippet(BOARDS, 8, 'folders = client.boards.search_folders(q="contracts")', prepare=_folders),
    Snippet(
        WORKFLOWS,
        1,
        'flows = client.workflows.list_flows().get("data", [])',
        {**FLOW, "project_id": DEMO_PROJECT_ID},
    ),
    Snippet(WORKFLOWS, 2, "client.workflows.apply_flow_operation(", FLOW),
    Snippet(WORKFLOWS, 3, "# Fire and forget", prepare=_answering_flow),
    Snippet(WORKFLOWS, 4, "runs = client.workflows.list_runs(", FLOW, _flow_run),
    # contacts, message suggestions, predict (issue 14)
    Snippet(CONTACT, 0, "page = client.contacts.list(limit=50, skip=0)"),
    Snippet(CONTACT, 1, 'results = client.contacts.search("alice@example.com")'),
    Snippet(CONTACT, 2, 'contact = client.contacts.update("contact_id", {', CONTACT_IDS),
    Snippet(CONTACT, 3, "conversations = client.contacts.get_conversations(", CONTACT_IDS),
    Snippet(CONTACT, 4, 'comments = client.contacts.get_comments("contact_id"', CONTACT_IDS),
    Snippet(
        CONTACT, 5, "activities = client.contacts.get_activities(", CONVERSATION_IDS, setup=_demo_conversation
    ),
    Snippet(CONTACT, 6, "page = client.contacts.list_notifications(limit=20, skip=0)"),
    Snippet(CONTACT, 7, "client.contacts.mark_notifications_read()"),
    Snippet(CONTACT, 8, 'with open("avatar.png", "rb") as f:', setup=_avatar_file),
    Snippet(
        RESOURCES,
        0,
        "result   = client.contacts.list(limit=50)",
        {**CONTACT_IDS, **CONVERSATION_IDS},
        setup=_demo_conversation,
    ),
    Snippet(
        RESOURCES,
        4,
        "suggestions = client.message_suggestion.get_suggestions({",
        {"conv_xxx": DEMO_CONVERSATION_ID},
        setup=_demo_conversation,
    ),
    Snippet(RESOURCES, 5, "result = client.predict.predict({"),
    Snippet(RESOURCES, 2, "channels = client.channel.list()"),
    Snippet(INTEGRATIONS, 2, "import asyncio"),
    Snippet(ERRORS, 1, "from imbrace import ApiError"),
    Snippet(INTEGRATIONS, 0, "from fastapi import FastAPI, Depends", setup=_web_frameworks),
    Snippet(INTEGRATIONS, 4, "# views.py", setup=_django_and_celery),
    Snippet(INTEGRATIONS, 6, "# tasks.py", setup=_django_and_celery),
    # client.channel (issue 14)
    Snippet(CHANNEL_REF, 0, 'channels = client.channel.list(type="whatsapp")'),
    Snippet(CHANNEL_REF, 1, 'channel = client.channel.create_web("Website Chat")'),
    Snippet(CHANNEL_REF, 2, "channel = client.channel.create_whatsapp({"),
    Snippet(
        CHANNEL_REF,
        3,
        'pages = client.channel.get_facebook_pages("credential_id")',
        {"credential_id": DEMO_FACEBOOK_CREDENTIAL_ID},
    ),
    Snippet(CHANNEL_REF, 4, "channel = client.channel.create_email({"),
    Snippet(
        CHANNEL_REF,
        5,
        'client.channel.update("channel_id", {"active": False})',
        {"channel_id": DEMO_CHANNEL_ID},
    ),
]

# the inbox (issue 14): client.conversations, client.messages, client.campaign
CONVERSATION_PAGE = "reference/conversation.md"
CAMPAIGN_PAGE = "reference/campaign.md"
RESOURCES = "resources.md"
CONVERSATION = {"conversation_id": DEMO_CONVERSATION_ID}
CAMPAIGN_ID = {"campaign_id": "camp_demo"}
TOUCHPOINT_ID = {"touchpoint_id": "tp_demo"}
CAMPAIGN = {**CAMPAIGN_ID, **TOUCHPOINT_ID}
SNIPPETS += [
    Snippet(CONVERSATION_PAGE, 0, "page = client.conversations.list("),
    Snippet(CONVERSATION_PAGE, 1, "results = client.conversations.search(", {"bu_id": DEMO_BUSINESS_UNIT_ID}),
    Snippet(CONVERSATION_PAGE, 2, "conversation = client.conversations.create()"),
    Snippet(CONVERSATION_PAGE, 3, "client.conversations.join(", CONVERSATION),
    Snippet(CONVERSATION_PAGE, 4, "client.conversations.update_status(", CONVERSATION),
    Snippet(CONVERSATION_PAGE, 5, "client.conversations.leave(", CONVERSATION),
    Snippet(CONVERSATION_PAGE, 6, "counts = client.conversations.get_views_count("),
    *(
        Snippet(
            CAMPAIGN_PAGE, index, starts, {} if index < 2 else CAMPAIGN_ID if index < 5 else TOUCHPOINT_ID
        )
        for index, starts in enumerate(
            (
                "result = client.campaign.list()",
                "campaign = client.campaign.create({",
                "campaign = client.campaign.get(",
                "client.campaign.delete(",
                "touchpoint = client.campaign.create_touchpoint({",
                "updated = client.campaign.update_touchpoint(",
                "touchpoint = client.campaign.get_touchpoint(",
                "client.campaign.delete_touchpoint(",
                "result = client.campaign.validate_touchpoint(",
            )
        )
    ),
    Snippet(
        RESOURCES,
        1,
        "result = client.conversations.search(",
        {"bu_xxx": DEMO_BUSINESS_UNIT_ID, "conv_xxx": DEMO_CONVERSATION_ID},
    ),
    Snippet(
        RESOURCES,
        3,
        'campaigns = client.campaign.list().get("data", [])',
        CAMPAIGN,
        raises=NotFoundError,
        why="the block adds a touchpoint to the campaign it deleted three lines before",
    ),
]
INBOX_PAGES = (CONVERSATION_PAGE, CAMPAIGN_PAGE)

# Blocks left out, each with what it needs that we do not have (namespace, or operations on ours).
OUT_OF_SCOPE = {
    ERRORS: {
        6: "uses contact_id, data, AuthError and refresh_credentials without defining or importing them",
    },
    INTEGRATIONS: {
        3: "not sign-in or platform (client.ai, covered by the AI pages)",
        5: "Django settings only, no call",
    },
    BOARDS: {
        1: "boards.reorder",
        2: "boards.import_csv/import_excel/get_import_progress",
        3: "boards.bulk_delete_items",
        4: "boards.get_related_items/link_items/unlink_items",
        6: "boards.update_field/delete_field/reorder_fields/bulk_update_fields",
        7: "boards.list_segments/create_segment/update_segment/delete_segment",
        9: "boards.update_file/download_file",
        10: "boards.upload_board_file(_v2)",
        11: "boards.generate_ai_tags/get_link_preview",
        12: "boards drive operations",
    },
    WORKFLOWS: {
        0: "workflows.list_channel_automation",
        5: "workflows folders",
        6: "workflows connections",
        7: "workflows.list_pieces",
        8: "workflows.get_trigger_run_status/test_trigger",
        9: "workflows tables/records",
        10: "workflows MCP servers",
        11: "workflows invitations",
    },
}


def python_blocks(page: str) -> list[str]:
    """The page's ```python blocks, dedented (the Full Flow Guide indents them under list items). A page
    is named by its path under docs/, or by its name alone for the sdk/ pages."""
    path = DOCS / page if "/" in page else DOCS / "sdk" / page
    return [textwrap.dedent(m.group(2)) for m in FENCE.finditer(path.read_text())]


def substitute(source: str, values: dict[str, str]) -> str:
    """Replace each placeholder where it stands as a whole quoted literal; every one must occur."""
    for placeholder, value in values.items():
        pattern = re.compile(r"([\"'])" + re.escape(placeholder) + r"\1(?!\s*:)")  # not a dict key
        source, count = pattern.subn(rf"\g<1>{value.replace(chr(92), chr(92) * 2)}\g<1>", source)
        assert count, f"placeholder {placeholder!r} is not in the block any more"
    return source


def run_block(snippet: Snippet, namespace: dict[str, Any], server: MockServer) -> None:
    block = python_blocks(snippet.page)[snippet.index]
    assert block.lstrip().startswith(snippet.starts), f"{snippet.id} changed: {block[:80]!r}"
    extra = snippet.prepare(namespace["client"]) if snippet.prepare else {}
    values = {k: v.format(mock_url=server.url, **extra) for k, v in snippet.ids.items()}
    present = {k: v for k, v in extra.items() if re.search(rf"[\"']{re.escape(k)}[\"'](?!\s*:)", block)}
    # Blocks written for a notebook or an async REPL use `await` at top level: run them on an event loop.
    code = compile(
        substitute(block, {**values, **present}), snippet.id, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
    )

    def execute() -> None:
        if code.co_flags & inspect.CO_COROUTINE:
            asyncio.run(eval(code, namespace))
        else:
            exec(code, namespace)

    if snippet.raises is None:
        execute()
        return
    with pytest.raises(snippet.raises):
        execute()


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MockServer]:
    for name in FILES_OPENED:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"%PDF-1.4 docs snippet\n")
    monkeypatch.chdir(tmp_path)
    with MockServer(delta_delay_ms=0, flow_sync_timeout=0.1) as mock:
        monkeypatch.setenv("IMBRACE_BASE_URL", mock.url)
        monkeypatch.setenv("IMBRACE_API_KEY", "api_test")
        yield mock
    assert not mock.violations, f"the mock saw spec violations: {mock.violations}"


def _params() -> list[Any]:
    xfail = pytest.mark.xfail
    return [
        pytest.param(
            s,
            id=s.id,
            marks=[xfail(strict=True, raises=AttributeError, reason=s.open_gap)] if s.open_gap else [],
        )
        for s in SNIPPETS
    ]


@pytest.mark.parametrize("snippet", _params())
def test_snippet_runs_against_the_mock(
    snippet: Snippet, server: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    if snippet.setup is not None:
        snippet.setup(server, monkeypatch)
    with ImbraceClient(max_retries=0) as client:
        namespace: dict[str, Any] = {
            "client": client,
            "ImbraceClient": ImbraceClient,
            "AsyncImbraceClient": AsyncImbraceClient,
        }
        if snippet.page == FLOW_GUIDE:  # the story so far
            for earlier in SNIPPETS:
                if earlier.page == FLOW_GUIDE and earlier.index < snippet.index:
                    run_block(earlier, namespace, server)
        run_block(snippet, namespace, server)
        if snippet.page == INTEGRATIONS:
            asyncio.run(_call_contact_routes(namespace))
        if snippet.page == INTEGRATIONS and isinstance(namespace.get("app"), _App):
            asyncio.run(_call_routes(namespace, server))


def test_every_block_of_the_pages_is_accounted_for() -> None:
    """A new or moved block fails here until the table says whether it is in scope."""
    for page in (AI_AGENT, FLOW_GUIDE, ERRORS, BOARDS, WORKFLOWS, RESOURCES, *SIGN_IN_PAGES):
        in_scope = {s.index for s in SNIPPETS if s.page == page}
        out = set(OUT_OF_SCOPE.get(page, {}))
        assert not in_scope & out
        assert in_scope | out == set(range(len(python_blocks(page)))), page


def test_every_block_of_the_contact_page_is_in_scope() -> None:
    """reference/contact.md is client.contacts only: every block runs (issue 14)."""
    assert {s.index for s in SNIPPETS if s.page == CONTACT} == set(range(len(python_blocks(CONTACT))))


def test_every_block_of_the_channel_reference_is_in_scope() -> None:
    """docs/reference/channel.md (client.channel, issue 14): every block runs against the mock."""
    assert {s.index for s in SNIPPETS if s.page == CHANNEL_REF} == set(range(len(python_blocks(CHANNEL_REF))))


def test_every_block_of_the_inbox_pages_is_accounted_for() -> None:
    """The conversation and campaign reference pages: every Python block runs (issue 14)."""
    for page in INBOX_PAGES:
        in_scope = {s.index for s in SNIPPETS if s.page == page}
        assert in_scope == set(range(len(python_blocks(page)))), page
