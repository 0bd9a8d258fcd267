"""Run the incumbent SDK's documented calls against our mock and print one row per call.

    <incumbent python> scripts/incumbent_calls.py --base-url http://127.0.0.1:8765 [--wait 30] [--json FILE]

Run it with an interpreter that has ``imbrace==1.3.1`` (the incumbent) installed, never ours: both
packages are called ``imbrace``. ``make incumbent-check`` builds that interpreter and starts the mock.
The incumbent is pointed at the mock through its own ``gateway=`` argument (every service URL derives
from it). Each documented method of the namespaces we cover (ai_agent, ai, chat_ai, boards, folders and
workflows, our activepieces) is called once with the docs' arguments, in an order where a call's ids
come from the calls before; where the docs read the answer (``created["id"]``, ``choices[0]...``) the
row does the same read. Then a few calls in the incumbent's two token modes, and the async client's
twins of documented calls (the docs say both clients have the same surface).
A row is ``ok``, ``incumbent bug`` (it failed the way a bug of the incumbent listed in the shared notes,
endpoints.md section 4, predicts) or ``FAIL``. The exit status is 1 when any row is ``FAIL``.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from imbrace import ImbraceClient  # the incumbent's package

DEMO_API_KEY = "api_demo_key"
DEMO_ORGANIZATION_ID = "org_demo"
DEMO_USER_ID = "user_demo"
DEMO_ASSISTANT_ID = "7d3f6a52-1c1e-4b59-9d0a-5b6f2b0c1a01"
DEMO_FLOW_ID = "flow_demo00000000001"

# Calls whose failure is a documented incumbent bug (endpoints.md §4): "namespace.method" -> the bug.
# The exception type must match too, so an unrelated failure of the same call still shows as FAIL.
KNOWN_BUGS: dict[str, tuple[type[BaseException], str]] = {
    **{
        f"{mode}: ai.stream": (
            AssertionError,
            "B4: ai.stream sends Bearer for any token and never x-organization-id; the 401 it gets "
            "back is not checked, so the stream yields nothing",
        )
        for mode in ("access token", "JWT")
    },
    "async ai.embed": (
        TypeError,
        "B3: AsyncAiResource.embed takes (model, input), so the documented embed(EmbeddingInput) fails",
    ),
    "async ai_agent.get_votes": (
        TypeError,
        "B5: AsyncAiAgentResource.get_votes awaits the response twice",
    ),
    "ai_agent.stream_client_chat_status": (
        TimeoutError,
        "B1: read through a non-streaming request, so it never returns while the SSE stream stays open",
    ),
}
STATUS_OK, STATUS_BUG, STATUS_FAIL = "ok", "incumbent bug", "FAIL"


@dataclass
class Row:
    """One documented call and how it went."""

    name: str
    status: str
    detail: str = ""


def _first_id(value: Any) -> str:
    """The id of a created object, whichever key (``_id``/``id``) or envelope (``data``) carries it."""
    if isinstance(value, dict):
        for key in ("_id", "id"):
            if isinstance(value.get(key), str):
                return str(value[key])
        if "data" in value:
            return _first_id(value["data"])
    if hasattr(value, "model_dump"):
        return _first_id(value.model_dump())
    raise ValueError(f"no id in {value!r:.200}")


def _file(name: str, content: bytes = b"hello", mime: str = "text/plain") -> dict[str, Any]:
    """A multipart ``files=`` argument as the incumbent passes it to httpx."""
    return {"file": (name, content, mime)}


class Runner:
    """Calls each documented method once and records a row; ids flow from one call to the next."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.rows: list[Row] = []
        self.ids: dict[str, str] = {}

    def call(
        self,
        name: str,
        fn: Callable[[], Any],
        *,
        keep: str | None = None,
        reads: Callable[[Any], Any] | None = None,
    ) -> Any:
        """Run ``fn``; keep the id of what it returns under ``keep`` for later calls.

        ``reads`` does to the result what the docs' snippet does next (``created["id"]``,
        ``choices[0].message.content``...): a call whose answer lacks what the docs read is a failure.
        """
        try:
            result = fn()
            if keep is not None:
                self.ids[keep] = _first_id(result)
            if reads is not None and reads(result) in (None, "", []):
                raise AssertionError(f"the docs' read of the answer found nothing in {result!r:.200}")
        except Exception as exc:  # noqa: BLE001 - every failure becomes a row
            bug = KNOWN_BUGS.get(name)
            if bug is not None and isinstance(exc, bug[0]):
                status, detail = STATUS_BUG, bug[1]
            else:
                status, detail = STATUS_FAIL, f"{type(exc).__name__}: {str(exc)[:300]}"
            if status == STATUS_FAIL and "--traceback" in sys.argv:
                traceback.print_exc()
            self.rows.append(Row(name, status, detail))
            return None
        self.rows.append(Row(name, STATUS_OK))
        return result


def run_chat_ai(r: Runner) -> None:
    """``client.chat_ai``: the 10 documented methods with a known route."""
    c = r.client.chat_ai
    suffix = uuid.uuid4().hex[:8]
    r.call("chat_ai.list_ai_agents", c.list_ai_agents)
    r.call("chat_ai.list_ai_agent_sub_agents", c.list_ai_agent_sub_agents)
    r.call(
        "chat_ai.create_ai_agent",
        lambda: c.create_ai_agent({"name": "Support Bot", "workflow_name": f"support_bot_{suffix}"}),
        keep="chat_agent",
        reads=lambda v: v["id"],
    )
    agent = r.ids.get("chat_agent", DEMO_ASSISTANT_ID)
    r.call("chat_ai.get_ai_agent", lambda: c.get_ai_agent(agent))
    r.call("chat_ai.update_ai_agent", lambda: c.update_ai_agent(agent, {"description": "Answers tickets"}))
    r.call(
        "chat_ai.update_ai_agent_instructions",
        lambda: c.update_ai_agent_instructions(agent, "Be brief."),
    )
    r.call("chat_ai.list_document_models", c.list_document_models)
    r.call(
        "chat_ai.upload_agent_file",
        lambda: c.upload_agent_file(files=_file("faq.txt"), agent_id=agent),
    )
    r.call(
        "chat_ai.extract_file",
        lambda: c.extract_file(files=_file("invoice.pdf", b"%PDF-1.4", "application/pdf")),
    )
    r.call("chat_ai.delete_ai_agent", lambda: c.delete_ai_agent(agent))


def run_ai(r: Runner) -> None:
    """``client.ai``: the 36 documented methods with a known route."""
    from imbrace.types.ai import CompletionInput, EmbeddingInput  # the incumbent's models

    a = r.client.ai
    messages = [{"role": "user", "content": "Hello"}]
    r.call(
        "ai.complete",
        lambda: a.complete(CompletionInput(model="gpt-4o", messages=messages)),
        reads=lambda v: v.choices[0].message.content,
    )
    r.call(
        "ai.stream",
        lambda: list(a.stream(CompletionInput(model="gpt-4o", messages=messages))),
        reads=lambda v: "".join(c.choices[0].delta.content or "" for c in v if c.choices),
    )
    r.call(
        "ai.embed",
        lambda: a.embed(EmbeddingInput(model="text-embedding-3-small", input=["hello"])),
        reads=lambda v: v.data[0].embedding,
    )
    r.call("ai.get_llm_models", a.get_llm_models)
    r.call("ai.list_providers", a.list_providers)
    r.call(
        "ai.create_provider",
        lambda: a.create_provider(
            {
                "name": "My OpenAI",
                "type": "openai",
                "api_key": "sk-test",
                "base_url": "https://api.openai.com/v1",
            }
        ),
        keep="provider",
    )
    provider = r.ids.get("provider", "missing")
    r.call("ai.update_provider", lambda: a.update_provider(provider, {"name": "Renamed"}))
    r.call("ai.refresh_provider_models", lambda: a.refresh_provider_models(provider))
    r.call("ai.delete_provider", lambda: a.delete_provider(provider))

    r.call("ai.list_guardrails", a.list_guardrails)
    guardrail_body = {
        "name": "No competitors",
        "model": "gpt-4o",
        "instructions": "Block competitor mentions.",
        "unsafe_categories": ["competitors"],
        "competitor_keywords": ["acme"],
    }
    r.call("ai.create_guardrail", lambda: a.create_guardrail(guardrail_body), keep="guardrail")
    guardrail = r.ids.get("guardrail", "missing")
    r.call("ai.get_guardrail", lambda: a.get_guardrail(guardrail))
    r.call("ai.update_guardrail", lambda: a.update_guardrail(guardrail, {**guardrail_body, "name": "v2"}))
    r.call("ai.delete_guardrail", lambda: a.delete_guardrail(guardrail))

    r.call("ai.list_guardrail_providers", a.list_guardrail_providers)
    r.call(
        "ai.create_guardrail_provider",
        lambda: a.create_guardrail_provider(
            {"name": "OpenAI mod", "type": "openai", "config": {"api_key": "sk-x"}}
        ),
        keep="guardrail_provider",
    )
    gp = r.ids.get("guardrail_provider", "missing")
    r.call("ai.get_guardrail_provider", lambda: a.get_guardrail_provider(gp))
    r.call("ai.test_guardrail_provider", lambda: a.test_guardrail_provider(gp, {"prompt": "hello"}))
    r.call("ai.get_guardrail_provider_models", lambda: a.get_guardrail_provider_models(gp))
    r.call("ai.update_guardrail_provider", lambda: a.update_guardrail_provider(gp, {"name": "Renamed"}))
    r.call("ai.delete_guardrail_provider", lambda: a.delete_guardrail_provider(gp))

    r.call("ai.list_rag_files", a.list_rag_files)
    r.call("ai.upload_rag_file", lambda: a.upload_rag_file(files=_file("handbook.txt")), keep="rag")
    rag = r.ids.get("rag", "missing")
    r.call("ai.get_rag_file", lambda: a.get_rag_file(rag))
    r.call("ai.delete_rag_file", lambda: a.delete_rag_file(rag))

    r.call("ai.list_ai_agents", a.list_ai_agents)
    r.call("ai.list_agents", a.list_agents)
    r.call("ai.get_ai_agent", lambda: a.get_ai_agent(DEMO_ASSISTANT_ID))
    r.call(
        "ai.check_ai_agent_name",
        lambda: a.check_ai_agent_name("Support Bot"),
        reads=lambda v: "available" in v or None,
    )
    r.call(
        "ai.patch_instructions",
        lambda: a.patch_instructions(DEMO_ASSISTANT_ID, {"instructions": "Be helpful."}),
    )
    r.call("ai.list_ai_agent_apps", a.list_ai_agent_apps)
    app_body = {
        "name": "Support App",
        "workflow_name": f"support_app_{uuid.uuid4().hex[:8]}",
        "assistant_id": DEMO_ASSISTANT_ID,
        "model_id": "Default",
        "provider_id": "system",
    }
    r.call(
        "ai.create_ai_agent_app",
        lambda: a.create_ai_agent_app(app_body),
        keep="app",
        reads=lambda v: v["_id"],
    )
    app = r.ids.get("app", "missing")
    r.call("ai.get_ai_agent_app", lambda: a.get_ai_agent_app(app))
    r.call("ai.update_ai_agent_app", lambda: a.update_ai_agent_app(app, {"name": "Support App v2"}))
    r.call(
        "ai.update_ai_agent_workflow",
        lambda: a.update_ai_agent_workflow(app, {"workflow": {"nodes": [], "edges": []}}),
    )
    r.call("ai.delete_ai_agent_app", lambda: a.delete_ai_agent_app(app))
    r.call("ai.verify_tool_server", lambda: a.verify_tool_server({"url": "https://tools.example.com/mcp"}))


def run_ai_agent(r: Runner) -> None:
    """``client.ai_agent``: the 46 documented methods that are not retired."""
    g = r.client.ai_agent
    chat_body = {
        "assistant_id": DEMO_ASSISTANT_ID,
        "messages": [{"role": "user", "content": "Hello"}],
        "organization_id": DEMO_ORGANIZATION_ID,
        "user_id": DEMO_USER_ID,
    }
    r.call("ai_agent.stream_chat", lambda: g.stream_chat(dict(chat_body, id=str(uuid.uuid4()))))
    r.call(
        "ai_agent.stream_chat_text",
        lambda: list(g.stream_chat_text(dict(chat_body, id=str(uuid.uuid4())))),
        reads=lambda v: "".join(v),
    )
    session = str(uuid.uuid4())
    r.call(
        "ai_agent.stream_sub_agent_chat",
        lambda: g.stream_sub_agent_chat(
            {
                "assistant_id": DEMO_ASSISTANT_ID,
                "session_id": session,
                "chat_id": session,
                "messages": [{"role": "user", "content": "Hi"}],
            }
        ),
    )
    r.call(
        "ai_agent.get_sub_agent_history", lambda: g.get_sub_agent_history(session_id=session, chat_id=session)
    )
    r.call("ai_agent.get_agent_prompt_suggestion", lambda: g.get_agent_prompt_suggestion(DEMO_ASSISTANT_ID))
    r.call(
        "ai_agent.suggest_field_types",
        lambda: g.suggest_field_types(file_urls=["https://example.com/invoice.pdf"]),
        reads=lambda v: [f["suggestedType"] for f in v["fields"]],
    )
    r.call(
        "ai_agent.generate_parquet",
        lambda: g.generate_parquet(
            data=[{"id": 1, "name": "Alice"}, {"id": 2, "name": "Bob"}],
            file_name="users",
            folder_name="exports",
        ),
    )
    r.call("ai_agent.list_parquet_files", g.list_parquet_files)
    r.call("ai_agent.delete_parquet_file", lambda: g.delete_parquet_file("exports/users.parquet"))
    traces = r.call(
        "ai_agent.get_traces",
        lambda: g.get_traces(
            service="ai-agent", limit=5, time_range=3600, org_id=DEMO_ORGANIZATION_ID, details=True
        ),
    )
    trace_id = _trace_id(traces)
    r.call("ai_agent.get_trace", lambda: g.get_trace(trace_id))
    r.call("ai_agent.get_trace_services", g.get_trace_services)
    r.call("ai_agent.get_trace_tags", g.get_trace_tags)
    r.call("ai_agent.get_trace_tag_values", lambda: g.get_trace_tag_values("http.status_code"))
    r.call("ai_agent.search_traceql", lambda: g.search_traceql('{ .service.name = "ai-agent" }'))
    r.call(
        "ai_agent.verify_chat_client_credentials", lambda: g.verify_chat_client_credentials({"token": "tok"})
    )
    r.call(
        "ai_agent.register_chat_client", lambda: g.register_chat_client({"name": "web", "secret": "s3cret"})
    )
    r.call("ai_agent.get_chat_client_user", lambda: g.get_chat_client_user({"token": "tok"}))
    first = _client_chat_body()
    chat_id, message_id = first["id"], first["message"]["id"]
    r.call("ai_agent.create_client_chat", lambda: g.create_client_chat(first))
    # Before any delete: on a live chat the status stream stays open, which the incumbent cannot read (B1).
    r.call(
        "ai_agent.stream_client_chat_status", lambda: _bounded(lambda: g.stream_client_chat_status(chat_id))
    )
    r.call(
        "ai_agent.list_client_chats",
        lambda: g.list_client_chats(organization_id=DEMO_ORGANIZATION_ID, limit=10),
    )
    r.call("ai_agent.get_client_chat", lambda: g.get_client_chat(chat_id))
    r.call("ai_agent.update_client_chat", lambda: g.update_client_chat(chat_id, {"visibility": "public"}))
    r.call("ai_agent.generate_client_chat_title", lambda: g.generate_client_chat_title(chat_id))
    r.call(
        "ai_agent.persist_client_message",
        lambda: g.persist_client_message({"chatId": chat_id, "content": "More"}),
    )
    r.call("ai_agent.list_client_messages", lambda: g.list_client_messages(chat_id))
    r.call("ai_agent.get_votes", lambda: g.get_votes(chat_id))
    r.call(
        "ai_agent.update_vote",
        lambda: g.update_vote({"messageId": message_id, "vote": "up"}),
    )
    r.call("ai_agent.delete_trailing_messages", lambda: g.delete_trailing_messages(message_id))
    r.call(
        "ai_agent.create_document",
        lambda: g.create_document({"kind": "text", "content": "Draft..."}),
        keep="document",
    )
    doc = r.ids.get("document", "missing")
    r.call("ai_agent.get_document", lambda: g.get_document(doc))
    r.call("ai_agent.get_document_latest", lambda: g.get_document_latest(doc))
    r.call("ai_agent.get_document_public", lambda: g.get_document_public(doc))
    r.call("ai_agent.get_document_latest_by_kind", lambda: g.get_document_latest_by_kind(kind="text"))
    r.call("ai_agent.get_document_suggestions", lambda: g.get_document_suggestions(doc))
    r.call("ai_agent.delete_document", lambda: g.delete_document(doc))
    r.call("ai_agent.get_config", g.get_config)
    r.call("ai_agent.get_health", lambda: g.get_health(detailed=True))
    r.call("ai_agent.get_version", g.get_version)
    guides = r.call("ai_agent.list_admin_guides", g.list_admin_guides)
    guide = _guide_name(guides)
    r.call("ai_agent.get_admin_guide", lambda: g.get_admin_guide(guide))
    r.call(
        "ai_agent.list_chats",
        lambda: g.list_chats(organization_id=DEMO_ORGANIZATION_ID, user_id=DEMO_USER_ID, limit=10),
    )
    r.call("ai_agent.get_chat", lambda: g.get_chat(chat_id, include_messages=True))
    r.call(
        "ai_agent.delete_chat",
        lambda: g.delete_chat(chat_id, organization_id=DEMO_ORGANIZATION_ID, user_id="user_123"),
    )
    second = _client_chat_body()
    r.call("ai_agent.create_client_chat (second chat)", lambda: g.create_client_chat(second))
    r.call("ai_agent.delete_client_chat", lambda: g.delete_client_chat(second["id"]))
    r.call("ai_agent.delete_all_client_chats", lambda: g.delete_all_client_chats(DEMO_ORGANIZATION_ID))


def _client_chat_body() -> dict[str, Any]:
    """A new chat in the docs' shape (camelCase keys, a first message with text parts)."""
    return {
        "id": str(uuid.uuid4()),
        "assistantId": DEMO_ASSISTANT_ID,
        "organizationId": DEMO_ORGANIZATION_ID,
        "userId": DEMO_USER_ID,
        "selectedVisibilityType": "private",
        "message": {
            "id": str(uuid.uuid4()),
            "role": "user",
            "content": "Hello!",
            "createdAt": "2026-01-01T00:00:00+00:00",
            "parts": [{"type": "text", "text": "Hello!"}],
        },
    }


def _trace_id(traces: Any) -> str:
    """The first trace id in a ``get_traces`` answer (the docs' ``"trace_id_hex"`` placeholder)."""
    for trace in (traces or {}).get("traces", []) if isinstance(traces, dict) else []:
        for key in ("traceID", "traceId", "id"):
            if trace.get(key):
                return str(trace[key])
    return "missing"


def _guide_name(guides: Any) -> str:
    """The first guide's file name in whatever list shape ``list_admin_guides`` answered."""
    items = guides.get("data", guides.get("guides", [])) if isinstance(guides, dict) else guides or []
    for item in items:
        name = item if isinstance(item, str) else item.get("filename") or item.get("name")
        if name:
            return str(name)
    return "onboarding.pdf"


def _bounded(fn: Callable[[], Any], seconds: float = 5.0) -> Any:
    """Run ``fn`` in a daemon thread; a call that has not returned after ``seconds`` raises TimeoutError."""

    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = fn()
        except Exception as exc:  # noqa: BLE001 - re-raised in the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise TimeoutError(f"no answer within {seconds:.0f} s")
    if "error" in box:
        raise box["error"]
    return box.get("value")


def run_boards(r: Runner) -> None:
    """``client.boards``: the 15 documented Python methods and the 3 TypeScript-only ones."""
    b = r.client.boards
    r.call(
        "boards.create_folder",
        lambda: b.create_folder({"name": "Product docs", "organization_id": DEMO_ORGANIZATION_ID}),
        keep="folder",
        reads=lambda v: v["_id"],
    )
    folder = r.ids.get("folder", "missing")
    r.call(
        "boards.search_folders", lambda: b.search_folders(organization_id=DEMO_ORGANIZATION_ID, q="Product")
    )
    r.call("boards.update_folder", lambda: b.update_folder(folder, {"name": "Product docs v2"}))
    r.call(
        "boards.upload_file",
        lambda: b.upload_file({"file": ("guide.txt", b"hello", "text/plain"), "folder_id": (None, folder)}),
        keep="file",
        reads=lambda v: v.get("file_id") or v["_id"],
    )
    r.call(
        "boards.get_folder_contents",
        lambda: b.get_folder_contents(folder),
        reads=lambda v: "files" in v or None,
    )
    r.call("boards.search_files", lambda: b.search_files(folder_id=folder))
    r.call(
        "boards.create_file", lambda: b.create_file({"name": "notes.md", "folder_id": folder}), keep="file2"
    )
    r.call("boards.get_file", lambda: b.get_file(r.ids.get("file2", "missing")))
    r.call("boards.delete_files", lambda: b.delete_files([r.ids.get("file2", "missing")]))

    r.call(
        "boards.create",
        lambda: b.create(name="Leads", description="Inbound leads"),
        keep="board",
        reads=lambda v: v["_id"],
    )
    board = r.ids.get("board", "missing")
    field_result = r.call(
        "boards.create_field", lambda: b.create_field(board, {"name": "Email", "type": "ShortText"})
    )
    field_id = _first_id(field_result) if field_result else "missing"
    r.call(
        "boards.create_item",
        lambda: b.create_item(board, {"fields": [{"board_field_id": field_id, "value": "a@example.com"}]}),
        keep="item",
        reads=lambda v: v["_id"],
    )
    item = r.ids.get("item", "missing")
    r.call(
        "boards.list_items",
        lambda: b.list_items(board, limit=20, skip=0),
        reads=lambda v: "data" in v or None,
    )
    r.call("boards.search", lambda: b.search(board, q="example", limit=10, offset=0))
    r.call(
        "boards.update_item",
        lambda: b.update_item(board, item, {"data": [{"key": field_id, "value": "b@example.com"}]}),
    )
    r.call(
        "boards.export_csv", lambda: b.export_csv(board), reads=lambda v: v if isinstance(v, str) else None
    )
    r.call("boards.delete_item", lambda: b.delete_item(board, item))
    r.call("boards.delete_folders", lambda: b.delete_folders([folder]))


def run_folders(r: Runner) -> None:
    """``client.folders``: the incumbent's six short-named folder calls (shared routes with boards)."""
    f = r.client.folders
    r.call("folders.create", lambda: f.create({"name": "Archive"}), keep="kh_folder")
    folder = r.ids.get("kh_folder", "missing")
    r.call("folders.search", lambda: f.search({"organization_id": DEMO_ORGANIZATION_ID, "q": "Arch"}))
    r.call("folders.get", lambda: f.get(folder))
    r.call("folders.get_contents", lambda: f.get_contents(folder))
    r.call("folders.update", lambda: f.update(folder, {"name": "Archive 2026"}))
    r.call("folders.delete", lambda: f.delete([folder]))


def run_workflows(r: Runner) -> None:
    """``client.workflows`` (our ``activepieces``): the 6 documented flow calls."""
    w = r.client.workflows
    listed = r.call(
        "workflows.list_flows", lambda: w.list_flows(limit=10), reads=lambda v: v["data"][0]["projectId"]
    )
    project = (listed or {}).get("data", [{}])[0].get("projectId", "missing") if listed else "missing"
    r.call(
        "workflows.create_flow",
        lambda: w.create_flow(display_name="Inbound lead", project_id=project),
        keep="flow",
        reads=lambda v: v["id"],
    )
    flow = r.ids.get("flow", DEMO_FLOW_ID)
    trigger = {
        "type": "UPDATE_TRIGGER",
        "request": {
            "name": "trigger",
            "type": "PIECE_TRIGGER",
            "valid": True,
            "displayName": "Catch Webhook",
            "settings": {
                "pieceName": "@activepieces/piece-webhook",
                "pieceVersion": "~0.1.0",
                "triggerName": "catch_webhook",
                "input": {"authType": "none"},
                "propertySettings": {},
            },
        },
    }
    r.call("workflows.apply_flow_operation", lambda: w.apply_flow_operation(flow, trigger))
    # trigger_flow_sync answers only for a flow with a "Return Response" action (docs), so add one.
    r.call(
        "workflows.apply_flow_operation (add action)", lambda: w.apply_flow_operation(flow, _RETURN_RESPONSE)
    )
    r.call(
        "workflows.apply_flow_operation (publish)",
        lambda: w.apply_flow_operation(flow, {"type": "LOCK_AND_PUBLISH", "request": {}}),
    )
    r.call("workflows.trigger_flow", lambda: w.trigger_flow(flow, {"email": "a@example.com"}))
    r.call(
        "workflows.trigger_flow_sync",
        lambda: w.trigger_flow_sync(flow, {"email": "a@example.com"}),
        reads=lambda v: v["received"],
    )
    r.call("workflows.list_runs", lambda: w.list_runs(flow_id=flow, limit=10), reads=lambda v: v["data"])


def run_platform(r: Runner, base_url: str) -> None:
    """Sign-in and the platform namespaces (issue 13): the docs' login flow, then the official package's
    own calling forms (one ``params``/``body`` dict, ``teams.add_users`` with ``user_ids``)."""
    client = ImbraceClient(gateway=base_url)
    r.call("client.request_otp", lambda: client.request_otp("user@example.com"))
    login = r.call(
        "client.login_with_otp",
        lambda: client.login_with_otp("user@example.com", "123456"),
        reads=lambda v: v["organizations"][0]["organization_id"],
    )
    org = login["organizations"][0]["organization_id"] if isinstance(login, dict) else DEMO_ORGANIZATION_ID
    r.call("client.select_organization", lambda: client.select_organization(org))
    r.call("platform.get_me", client.platform.get_me, reads=lambda v: v["email"])
    key = r.call(
        "auth.get_third_party_token",
        lambda: client.auth.get_third_party_token(expiration_days=30),
        reads=lambda v: v["apiKey"]["apiKey"],
    )
    c = ImbraceClient(gateway=base_url, api_key=DEMO_API_KEY)
    r.call("platform.list_users", lambda: c.platform.list_users({"limit": 2}), reads=lambda v: v["data"])
    r.call("settings.list_users", lambda: c.settings.list_users({"skip": 1}), reads=lambda v: v["data"])
    r.call("platform.get_user", lambda: c.platform.get_user(DEMO_USER_ID), reads=lambda v: v["email"])
    r.call("platform.update_user", lambda: c.platform.update_user("user_alex", {"display_name": "Alex A."}))
    r.call("platform.change_role", lambda: c.platform.change_role({"user_id": "user_sam", "role": "agent"}))
    r.call("roles.assign", lambda: c.roles.assign("user_sam", "supervisor"))
    r.call("roles.list", lambda: c.roles.list(limit=10), reads=lambda v: v["data"])
    r.call("platform.list_business_units", lambda: c.platform.list_business_units({"limit": 5}))
    r.call("teams.list", lambda: c.teams.list("bu_demo"), reads=lambda v: v["data"])
    r.call("teams.add_users", lambda: c.teams.add_users("team_demo", ["user_sam"], role="member"))
    r.call("teams.get_users", lambda: c.teams.get_users("team_demo"), reads=lambda v: v["data"])
    r.call(
        "platform.remove_team_users",
        lambda: c.platform.remove_team_users({"team_id": "team_demo", "user_ids": ["user_sam"]}),
    )
    r.call("organizations.list_all", c.organizations.list_all)
    r.call("account.get", c.account.get, reads=lambda v: v.email)  # the incumbent returns its User object
    r.call("api_keys.list", lambda: ImbraceClient(gateway=base_url, api_key=DEMO_API_KEY).api_keys.list())
    r.call("audit_logs.list", lambda: c.audit_logs.list({"action": "update"}), reads=lambda v: v["data"])
    r.call("license.get", c.license.get)
    r.call("health.check", c.health.check)
    if isinstance(key, dict):
        service = ImbraceClient(gateway=base_url, api_key=key["apiKey"]["apiKey"])
        r.call("minted key: platform.get_me", service.platform.get_me, reads=lambda v: v["organization_id"])


def run_auth_modes(r: Runner, base_url: str) -> None:
    """The incumbent's other credential modes: an opaque access token and a JWT with an organization.

    They send ``x-access-token`` and ``Authorization: Bearer`` (+ ``x-organization-id``) instead of
    ``x-api-key``; ``ai.stream`` sends ``Bearer`` even for an opaque token (B4).
    """
    from imbrace.types.ai import CompletionInput

    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyX2RlbW8ifQ.c2lnbmF0dXJl"
    for label, token in (("access token", "acc_demo_token"), ("JWT", jwt)):
        client = ImbraceClient(gateway=base_url, access_token=token, organization_id=DEMO_ORGANIZATION_ID)
        r.call(f"{label}: chat_ai.list_ai_agents", client.chat_ai.list_ai_agents)
        r.call(f"{label}: boards.search_folders", lambda c=client: c.boards.search_folders(q=""))
        r.call(
            f"{label}: ai.stream",
            lambda c=client: list(
                c.ai.stream(CompletionInput(model="gpt-4o", messages=[{"role": "user", "content": "Hi"}]))
            ),
            reads=lambda v: "".join(c.choices[0].delta.content or "" for c in v if c.choices),
        )


def run_async(r: Runner, base_url: str) -> None:
    """``AsyncImbraceClient``: the docs' async example and the async twins of a few documented calls.

    The docs say both clients expose the same surface; these rows show where the incumbent's async client
    does not (B2, B3, B5). Async calls run one at a time, each to completion, like the sync rows.
    """
    import asyncio

    from imbrace import AsyncImbraceClient
    from imbrace.types.ai import CompletionInput, EmbeddingInput

    async def main() -> None:
        async with AsyncImbraceClient(gateway=base_url, api_key=DEMO_API_KEY) as client:
            # The docs' async example: no organization_id or user_id in the body (B2, B11).
            body = {
                "id": str(uuid.uuid4()),
                "assistant_id": DEMO_ASSISTANT_ID,
                "messages": [{"role": "user", "content": "Hello"}],
            }
            chat = _client_chat_body()
            await client.ai_agent.create_client_chat(chat)
            steps: list[tuple[str, Callable[[], Any]]] = [
                ("async ai_agent.stream_chat", lambda: _checked(client.ai_agent.stream_chat(body))),
                (
                    "async ai.complete",
                    lambda: client.ai.complete(
                        CompletionInput(model="gpt-4o", messages=[{"role": "user", "content": "Hi"}])
                    ),
                ),
                (
                    "async ai.embed",
                    lambda: client.ai.embed(EmbeddingInput(model="text-embedding-3-small", input=["hello"])),
                ),
                ("async chat_ai.list_ai_agents", client.chat_ai.list_ai_agents),
                ("async ai_agent.get_votes", lambda: client.ai_agent.get_votes(chat["id"])),
                (
                    "async ai_agent.list_client_messages",
                    lambda: client.ai_agent.list_client_messages(chat["id"]),
                ),
                (
                    "async boards.search_folders",
                    lambda: client.boards.search_folders(organization_id=DEMO_ORGANIZATION_ID),
                ),
                ("async workflows.list_flows", lambda: client.workflows.list_flows(limit=10)),
            ]
            for name, step in steps:
                try:
                    value = await asyncio.wait_for(step(), timeout=10)
                except Exception as exc:  # noqa: BLE001 - Runner.call records it as a row
                    r.call(name, _raiser(exc))
                else:
                    r.call(name, lambda value=value: value)

    asyncio.run(main())


async def _checked(response_coro: Any) -> Any:
    """Await a raw httpx response and fail on an error status, as the docs' ``raise_for_status()`` does."""
    response = await response_coro
    response.raise_for_status()
    return response.text


def _raiser(exc: BaseException) -> Callable[[], Any]:
    """A callable that re-raises ``exc``, so an async failure is recorded by the same ``Runner.call``."""

    def fn() -> Any:
        raise exc

    return fn


def _wait_for(base_url: str, seconds: float) -> None:
    """Poll the mock's port until it accepts a connection (a freshly started mock), for at most ``seconds``."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(base_url)
    deadline = time.monotonic() + seconds
    while True:
        try:
            with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 80), timeout=1):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise SystemExit(f"no mock listening at {base_url} after {seconds:g} s") from None
            time.sleep(0.1)


_RETURN_RESPONSE = {
    "type": "ADD_ACTION",
    "request": {
        "parentStep": "trigger",
        "action": {
            "name": "step_1",
            "type": "PIECE",
            "valid": True,
            "displayName": "Return Response",
            "settings": {
                "pieceName": "@activepieces/piece-webhook",
                "pieceVersion": "~0.1.0",
                "actionName": "return_response",
                "input": {"responseType": "json", "fields": {"status": 200, "body": {"received": True}}},
                "propertySettings": {},
            },
        },
    },
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8765")
    parser.add_argument("--json", default=None, help="also write the rows to this file")
    parser.add_argument("--traceback", action="store_true", help="print the traceback of each failure")
    parser.add_argument("--wait", type=float, default=0.0, help="wait up to this many seconds for the mock")
    args = parser.parse_args(argv)
    if args.wait:
        _wait_for(args.base_url, args.wait)
    client = ImbraceClient(gateway=args.base_url, api_key=DEMO_API_KEY, organization_id=DEMO_ORGANIZATION_ID)
    runner = Runner(client)
    started = time.perf_counter()
    for section in (run_chat_ai, run_ai, run_ai_agent, run_boards, run_folders, run_workflows):
        section(runner)
    run_platform(runner, args.base_url)
    run_auth_modes(runner, args.base_url)
    run_async(runner, args.base_url)
    elapsed = time.perf_counter() - started
    width = max(len(row.name) for row in runner.rows)
    for row in runner.rows:
        print(f"{row.name:<{width}}  {row.status:<13}  {row.detail}")
    counts = {s: sum(row.status == s for row in runner.rows) for s in (STATUS_OK, STATUS_BUG, STATUS_FAIL)}
    print(
        f"\n{len(runner.rows)} calls: {counts[STATUS_OK]} ok, {counts[STATUS_BUG]} incumbent bug, "
        f"{counts[STATUS_FAIL]} failed ({elapsed:.1f} s)"
    )
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump([row.__dict__ for row in runner.rows], out, indent=2)
    return 1 if counts[STATUS_FAIL] else 0


if __name__ == "__main__":
    sys.exit(main())
