"""``client.ai``: the OpenAI-compatible AI service and its management APIs (``/v3/ai``).

Completions, streamed completions and embeddings; the system provider's models; custom providers,
guardrails, guardrail providers, RAG files, agents and agent apps; tool-server checks.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._completions import AsyncCompletionStream, CompletionStream
from .._files import FileInput, multipart_files
from ._agents import (
    agent_create_body,
    agent_patch,
    areplace_agent,
    completion_body,
    embedding_body,
    model_names,
    replace_agent,
    require_text,
    system_provider,
)
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from imbrace_generated.gateway.models import (
        Agent,
        AgentList,
        Completion,
        EmbeddingList,
        Guardrail,
        GuardrailList,
        GuardrailProvider,
        GuardrailProviderList,
        GuardrailProviderModels,
        GuardrailProviderTestResult,
        LlmModelList,
        NameCheck,
        Provider,
        RagFile,
        RagFileList,
        ToolServerVerification,
    )

    from ..types.ai import CompletionInput, EmbeddingInput

STREAM_ACCEPT = "text/event-stream"


def _provider(data: Mapping[str, Any]) -> Provider:
    from imbrace_generated.gateway.models import Provider

    return Provider.from_dict(data)


class Ai(SyncResource):
    """Sync ``client.ai``."""

    _service = "gateway"

    # -- completions and embeddings ----------------------------------------------------------------
    def complete(self, input: CompletionInput | Mapping[str, Any]) -> Completion:
        """One chat completion: ``response.choices[0].message.content`` (``content`` may be None)."""
        return self._call("complete", body=completion_body(input, stream=False))

    def stream(self, input: CompletionInput | Mapping[str, Any]) -> CompletionStream:
        """Send now, then yield ``chat.completion.chunk`` chunks as they arrive, until ``[DONE]``.

        Every yielded chunk has at least one choice (``chunk.choices[0].delta.content``). Errors are
        typed like any other call (a 401 raises :class:`~imbrace.AuthenticationError` here, before any
        chunk); a stream that ends before ``[DONE]`` or without a chunk raises
        :class:`~imbrace.IncompleteStreamError`. Leaving the loop early? ``close()`` the stream, or use
        it in a ``with`` block.
        """
        response = self._open("complete", body=completion_body(input, stream=True), accept=STREAM_ACCEPT)
        return CompletionStream(response)

    def embed(self, input: EmbeddingInput | Mapping[str, Any]) -> EmbeddingList:
        """One vector per input text: ``result.data[i].embedding``."""
        return self._call("embed", body=embedding_body(input))

    # -- models and providers ----------------------------------------------------------------------
    def get_llm_models(self) -> LlmModelList:
        """Models of the system provider: ``result["data"]`` → ``[{name, is_toolCall_available, …}]``."""
        return self._call("get_llm_models")

    def list_models(self) -> list[str]:
        """The model names usable as ``model_id`` with ``provider_id="system"`` (``"Default"`` included).

        The names of :meth:`get_llm_models`; custom providers list their own in ``list_providers()``.
        """
        return model_names(self._call("get_llm_models"))

    def list_providers(self, include_system: bool = True) -> list[Provider]:
        """Custom providers; with ``include_system`` a synthetic ``"system"`` entry comes first.

        The system entry's ``models`` come from a second request; an error there raises, it is never
        swallowed.
        """
        providers: list[Provider] = list(self._call("list_providers"))
        if include_system:
            providers.insert(0, _provider(system_provider(self._call("get_llm_models"))))
        return providers

    def create_provider(self, body: Mapping[str, Any]) -> Provider:
        return self._call("create_provider", body=body)

    def update_provider(self, provider_id: str, body: Mapping[str, Any]) -> Provider:
        return self._call("update_provider", path={"id": provider_id}, body=body)

    def refresh_provider_models(self, provider_id: str) -> Provider:
        return self._call("refresh_provider_models", path={"id": provider_id})

    def delete_provider(self, provider_id: str) -> None:
        return self._call("delete_provider", path={"id": provider_id})

    # -- guardrails --------------------------------------------------------------------------------
    def list_guardrails(self) -> GuardrailList:
        return self._call("list_guardrails")

    def get_guardrail(self, guardrail_id: str) -> Guardrail:
        return self._call("get_guardrail", path={"id": guardrail_id})

    def create_guardrail(self, body: Mapping[str, Any]) -> Guardrail:
        return self._call("create_guardrail", body=body)

    def update_guardrail(self, guardrail_id: str, body: Mapping[str, Any]) -> Guardrail:
        return self._call("update_guardrail", path={"id": guardrail_id}, body=body)

    def delete_guardrail(self, guardrail_id: str) -> None:
        return self._call("delete_guardrail", path={"id": guardrail_id})

    # -- guardrail providers -----------------------------------------------------------------------
    def list_guardrail_providers(self) -> GuardrailProviderList:
        return self._call("list_guardrail_providers")

    def get_guardrail_provider(self, provider_id: str) -> GuardrailProvider:
        return self._call("get_guardrail_provider", path={"id": provider_id})

    def create_guardrail_provider(self, body: Mapping[str, Any]) -> GuardrailProvider:
        return self._call("create_guardrail_provider", body=body)

    def test_guardrail_provider(
        self, provider_id: str, body: Mapping[str, Any]
    ) -> GuardrailProviderTestResult:
        return self._call("test_guardrail_provider", path={"id": provider_id}, body=body)

    def get_guardrail_provider_models(self, provider_id: str) -> GuardrailProviderModels:
        return self._call("get_guardrail_provider_models", path={"id": provider_id})

    def update_guardrail_provider(self, provider_id: str, body: Mapping[str, Any]) -> GuardrailProvider:
        return self._call("update_guardrail_provider", path={"id": provider_id}, body=body)

    def delete_guardrail_provider(self, provider_id: str) -> None:
        return self._call("delete_guardrail_provider", path={"id": provider_id})

    # -- RAG files ---------------------------------------------------------------------------------
    def list_rag_files(self) -> RagFileList:
        return self._call("list_rag_files")

    def get_rag_file(self, file_id: str) -> RagFile:
        return self._call("get_rag_file", path={"id": file_id})

    def upload_rag_file(self, files: FileInput) -> RagFile:
        """Upload ``files={"file": open(...)}``, a path, or a ``(name, bytes, type)`` tuple; streamed."""
        return self._call("upload_rag_file", body=multipart_files(files))

    def delete_rag_file(self, file_id: str) -> None:
        return self._call("delete_rag_file", path={"id": file_id})

    # -- agents ------------------------------------------------------------------------------------
    def list_ai_agents(self) -> AgentList:
        return self._call("list_ai_agents")

    def list_agents(self) -> AgentList:
        return self._call("list_agents")

    def get_ai_agent(self, agent_id: str) -> Agent:
        return self._call("get_ai_agent", path={"id": agent_id})

    def check_ai_agent_name(self, name: str) -> NameCheck:
        """``check["available"]`` is False when an agent of the organization already has this workflow name."""
        return self._call("check_ai_agent_name", query={"name": require_text("name", name)})

    def patch_instructions(self, agent_id: str, body: Mapping[str, Any]) -> Agent:
        return self._call("patch_instructions", path={"id": agent_id}, body=body)

    # -- agent apps --------------------------------------------------------------------------------
    def list_ai_agent_apps(self) -> AgentList:
        return self._call("list_ai_agent_apps")

    def get_ai_agent_app(self, app_id: str) -> Agent:
        return self._call("get_ai_agent_app", path={"id": app_id})

    def create_ai_agent_app(self, body: Mapping[str, Any]) -> Agent:
        """Create an app (an agent); ``provider_id``/``model_id`` default to ``"system"``/``"Default"``."""
        return self._call("create_ai_agent_app", body=agent_create_body(body, require_model=False))

    def update_ai_agent_app(self, app_id: str, body: Mapping[str, Any]) -> Agent:
        """Change the given fields only; the others keep their values (see :mod:`._agents`)."""
        return replace_agent(
            lambda: self._call("get_ai_agent_app", path={"id": app_id}),
            lambda wire, rev: self._call(
                "update_ai_agent_app", path={"id": app_id}, query={"if_match": rev}, body=wire
            ),
            agent_patch(body),
        )

    def delete_ai_agent_app(self, app_id: str) -> None:
        return self._call("delete_ai_agent_app", path={"id": app_id})

    def update_ai_agent_workflow(self, app_id: str, body: Mapping[str, Any]) -> Agent:
        return self._call("update_ai_agent_workflow", path={"id": app_id}, body=body)

    # -- tool servers ------------------------------------------------------------------------------
    def verify_tool_server(self, body: Mapping[str, Any]) -> ToolServerVerification:
        """``result["success"]`` and, when it is True, ``result["tools"]``."""
        return self._call("verify_tool_server", body=body)


class AsyncAi(AsyncResource):
    """Async ``client.ai``: the same methods as :class:`Ai`, awaited."""

    _service = "gateway"

    async def complete(self, input: CompletionInput | Mapping[str, Any]) -> Completion:
        return await self._call("complete", body=completion_body(input, stream=False))

    async def stream(self, input: CompletionInput | Mapping[str, Any]) -> AsyncCompletionStream:
        """``async for chunk in await client.ai.stream(...)``: sent when awaited, chunks as they arrive."""
        response = await self._open(
            "complete", body=completion_body(input, stream=True), accept=STREAM_ACCEPT
        )
        return AsyncCompletionStream(response)

    async def embed(self, input: EmbeddingInput | Mapping[str, Any]) -> EmbeddingList:
        return await self._call("embed", body=embedding_body(input))

    async def get_llm_models(self) -> LlmModelList:
        return await self._call("get_llm_models")

    async def list_models(self) -> list[str]:
        return model_names(await self._call("get_llm_models"))

    async def list_providers(self, include_system: bool = True) -> list[Provider]:
        providers: list[Provider] = list(await self._call("list_providers"))
        if include_system:
            providers.insert(0, _provider(system_provider(await self._call("get_llm_models"))))
        return providers

    async def create_provider(self, body: Mapping[str, Any]) -> Provider:
        return await self._call("create_provider", body=body)

    async def update_provider(self, provider_id: str, body: Mapping[str, Any]) -> Provider:
        return await self._call("update_provider", path={"id": provider_id}, body=body)

    async def refresh_provider_models(self, provider_id: str) -> Provider:
        return await self._call("refresh_provider_models", path={"id": provider_id})

    async def delete_provider(self, provider_id: str) -> None:
        return await self._call("delete_provider", path={"id": provider_id})

    async def list_guardrails(self) -> GuardrailList:
        return await self._call("list_guardrails")

    async def get_guardrail(self, guardrail_id: str) -> Guardrail:
        return await self._call("get_guardrail", path={"id": guardrail_id})

    async def create_guardrail(self, body: Mapping[str, Any]) -> Guardrail:
        return await self._call("create_guardrail", body=body)

    async def update_guardrail(self, guardrail_id: str, body: Mapping[str, Any]) -> Guardrail:
        return await self._call("update_guardrail", path={"id": guardrail_id}, body=body)

    async def delete_guardrail(self, guardrail_id: str) -> None:
        return await self._call("delete_guardrail", path={"id": guardrail_id})

    async def list_guardrail_providers(self) -> GuardrailProviderList:
        return await self._call("list_guardrail_providers")

    async def get_guardrail_provider(self, provider_id: str) -> GuardrailProvider:
        return await self._call("get_guardrail_provider", path={"id": provider_id})

    async def create_guardrail_provider(self, body: Mapping[str, Any]) -> GuardrailProvider:
        return await self._call("create_guardrail_provider", body=body)

    async def test_guardrail_provider(
        self, provider_id: str, body: Mapping[str, Any]
    ) -> GuardrailProviderTestResult:
        return await self._call("test_guardrail_provider", path={"id": provider_id}, body=body)

    async def get_guardrail_provider_models(self, provider_id: str) -> GuardrailProviderModels:
        return await self._call("get_guardrail_provider_models", path={"id": provider_id})

    async def update_guardrail_provider(self, provider_id: str, body: Mapping[str, Any]) -> GuardrailProvider:
        return await self._call("update_guardrail_provider", path={"id": provider_id}, body=body)

    async def delete_guardrail_provider(self, provider_id: str) -> None:
        return await self._call("delete_guardrail_provider", path={"id": provider_id})

    async def list_rag_files(self) -> RagFileList:
        return await self._call("list_rag_files")

    async def get_rag_file(self, file_id: str) -> RagFile:
        return await self._call("get_rag_file", path={"id": file_id})

    async def upload_rag_file(self, files: FileInput) -> RagFile:
        return await self._call("upload_rag_file", body=multipart_files(files))

    async def delete_rag_file(self, file_id: str) -> None:
        return await self._call("delete_rag_file", path={"id": file_id})

    async def list_ai_agents(self) -> AgentList:
        return await self._call("list_ai_agents")

    async def list_agents(self) -> AgentList:
        return await self._call("list_agents")

    async def get_ai_agent(self, agent_id: str) -> Agent:
        return await self._call("get_ai_agent", path={"id": agent_id})

    async def check_ai_agent_name(self, name: str) -> NameCheck:
        return await self._call("check_ai_agent_name", query={"name": require_text("name", name)})

    async def patch_instructions(self, agent_id: str, body: Mapping[str, Any]) -> Agent:
        return await self._call("patch_instructions", path={"id": agent_id}, body=body)

    async def list_ai_agent_apps(self) -> AgentList:
        return await self._call("list_ai_agent_apps")

    async def get_ai_agent_app(self, app_id: str) -> Agent:
        return await self._call("get_ai_agent_app", path={"id": app_id})

    async def create_ai_agent_app(self, body: Mapping[str, Any]) -> Agent:
        return await self._call("create_ai_agent_app", body=agent_create_body(body, require_model=False))

    async def update_ai_agent_app(self, app_id: str, body: Mapping[str, Any]) -> Agent:
        return await areplace_agent(
            lambda: self._call("get_ai_agent_app", path={"id": app_id}),
            lambda wire, rev: self._call(
                "update_ai_agent_app", path={"id": app_id}, query={"if_match": rev}, body=wire
            ),
            agent_patch(body),
        )

    async def delete_ai_agent_app(self, app_id: str) -> None:
        return await self._call("delete_ai_agent_app", path={"id": app_id})

    async def update_ai_agent_workflow(self, app_id: str, body: Mapping[str, Any]) -> Agent:
        return await self._call("update_ai_agent_workflow", path={"id": app_id}, body=body)

    async def verify_tool_server(self, body: Mapping[str, Any]) -> ToolServerVerification:
        return await self._call("verify_tool_server", body=body)
