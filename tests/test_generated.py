"""What the template overrides give the generated code: streaming variants, safe multipart, lazy models."""

from __future__ import annotations

import email.parser
import io
import subprocess
import sys

import httpx

from imbrace._files import multipart_files
from imbrace.testing import DEMO_ASSISTANT_ID, MockServer
from imbrace_generated.ai_agent.api.chat import stream_chat
from imbrace_generated.ai_agent.client import Client
from imbrace_generated.ai_agent.models import ChatRequest
from imbrace_generated.gateway.api.ai import upload_rag_file
from imbrace_generated.gateway.models import FileUpload
from imbrace_generated.gateway.types import File


def test_generated_stream_variant_hands_back_the_unread_response(imbrace_mock: MockServer) -> None:
    client = Client(base_url=imbrace_mock.url, headers={"x-api-key": "k"})
    body = ChatRequest.from_dict(
        {
            "id": "6f1c2b1e-0d7a-4d3f-9c55-2a8e1f1b9a10",
            "assistant_id": DEMO_ASSISTANT_ID,
            "messages": [{"role": "user", "content": "hi"}],
            "user_id": "u1",
        }
    )
    with stream_chat.stream(client=client, body=body) as response:
        assert not response.is_stream_consumed
        assert response.request.headers["accept"] == "text/event-stream"
        first = next(line for line in response.iter_lines() if line)
    assert first.startswith("data: ") and '"type":"start"' in first


def _parts(request: httpx.Request) -> list[tuple[str | None, bytes]]:
    raw = b"Content-Type: " + request.headers["content-type"].encode() + b"\r\n\r\n" + request.read()
    message = email.parser.BytesParser().parsebytes(raw)
    return [
        (p.get_param("name", header="content-disposition"), p.get_payload(decode=True))
        for p in message.get_payload()
    ]  # type: ignore[union-attr,misc]


def test_multipart_boundary_is_random_so_file_content_cannot_inject_fields() -> None:
    evil = b'line1\r\n--+++\r\nContent-Disposition: form-data; name="description"\r\n\r\ninjected\r\n--+++--'

    def build() -> httpx.Request:
        body = multipart_files({"file": ("a.txt", evil, "text/plain")})
        kwargs = upload_rag_file._get_kwargs(body=body)  # type: ignore[arg-type]
        assert "Content-Type" not in kwargs["headers"]  # no fixed "boundary=+++"
        return httpx.Client().build_request("POST", "http://127.0.0.1/x", files=kwargs["files"])

    def build_from_model() -> httpx.Request:  # the generated model's own multipart, as a direct user would
        body = FileUpload(file=File(payload=io.BytesIO(evil), file_name="a.txt", mime_type="text/plain"))
        kwargs = upload_rag_file._get_kwargs(body=body)
        return httpx.Client().build_request("POST", "http://127.0.0.1/x", files=kwargs["files"])

    assert _parts(build_from_model()) == [("file", evil)]
    requests = [build(), build_from_model()]
    boundaries = {r.headers["content-type"].split("boundary=")[1] for r in requests}
    assert len(boundaries) == 2 and "+++" not in boundaries
    assert _parts(requests[0]) == [("file", evil)]


def test_importing_one_endpoint_does_not_load_every_model() -> None:
    code = (
        "import sys; import imbrace_generated.gateway.api.ai.get_llm_models;"
        "print(len([m for m in sys.modules if m.startswith('imbrace_generated.gateway.models.')]))"
    )
    loaded = int(
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
        ).stdout
    )
    total = len(__import__("imbrace_generated.gateway.models", fromlist=["x"]).__all__)
    assert loaded <= 3 < total


def test_every_model_module_imports_first_without_a_cycle_error() -> None:
    """Models import the models they refer to at the bottom of the module (not inside from_dict on
    every call); that must work whichever model a program happens to import first."""
    code = """
import importlib, pkgutil, sys
for service in ("gateway", "ai_agent"):
    package = importlib.import_module(f"imbrace_generated.{service}.models")
    for info in pkgutil.iter_modules(package.__path__):
        for name in [m for m in sys.modules if m.startswith(f"imbrace_generated.{service}.models.")]:
            del sys.modules[name]
        importlib.import_module(f"imbrace_generated.{service}.models.{info.name}")
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-2000:]


def test_from_dict_imports_nothing_per_call() -> None:
    import dis

    from imbrace_generated.gateway.models import Agent

    ops = {i.opname for i in dis.get_instructions(Agent.from_dict)}
    assert "IMPORT_NAME" not in ops
    agent = Agent.from_dict(
        {
            "id": "a",
            "_id": "a",
            "name": "n",
            "workflow_name": "w",
            "metadata": {"k": 1},
            "workflow_function_call": [{"flow_id": "f"}],
        }
    )
    assert type(agent.metadata).__name__ == "AgentMetadata"
    assert agent.to_dict()["workflow_function_call"] == [{"flow_id": "f"}]
