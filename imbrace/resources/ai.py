"""``client.ai``: the OpenAI-compatible AI service and its management APIs (``/v3/ai``).

Completions, streamed completions and embeddings; the system provider's models; custom providers,
guardrails, guardrail providers, RAG files, agents and agent apps; tool-server checks. Plain operations are
one line each; the spec names their id parameters (``provider_id``, ``guardrail_id``, ``file_id``, ...).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ParamSpec, Unpack

from imbrace_generated.gateway import namespaces as gw_ops
from imbrace_generated.options import CallOptions

from .._completions import AsyncCompletionStream, CompletionStream
from .._operations import Call
from .._resource import FlowGen, ModeT, flow, split_flow
from ._agents import (
    agent_create_body,
    agent_patch,
    completion_body,
    embedding_body,
    model_names,
    replace_agent,
    require_text,
    system_provider,
)

if TYPE_CHECKING:
    from imbrace_generated.gateway.models import (
        Agent,
        Completion,
        EmbeddingList,
        LlmModelList,
        NameCheck,
        Provider,
    )

    from ..types.ai import CompletionInput, EmbeddingInput

STREAM_ACCEPT = "text/event-stream"
P = ParamSpec("P")


class Ai(gw_ops.AiOperations[ModeT]):
    """``client.ai``: completions, embeddings, providers, guardrails, RAG files and agent apps."""

    _service = "gateway"

    # -- models and providers ----------------------------------------------------------------------

    # -- guardrails and guardrail providers --------------------------------------------------------

    # -- RAG files ---------------------------------------------------------------------------------

    # -- agents and agent apps ---------------------------------------------------------------------

    # -- tool servers ------------------------------------------------------------------------------

    # -- completions and embeddings ----------------------------------------------------------------
    @flow
    def complete(
        self, input: CompletionInput | Mapping[str, Any], **options: Unpack[CallOptions]
    ) -> FlowGen[Completion]:
        """One chat completion: ``response.choices[0].message.content`` (``content`` may be None)."""
        result: Completion = yield Call(self._op("complete"), body=completion_body(input, stream=False))
        return result

    @split_flow(CompletionStream, AsyncCompletionStream)
    def stream(
        self, input: CompletionInput | Mapping[str, Any], **options: Unpack[CallOptions]
    ) -> FlowGen[CompletionStream]:
        """Send now, then yield ``chat.completion.chunk`` chunks as they arrive, until ``[DONE]``.

        Every yielded chunk has at least one choice (``chunk.choices[0].delta.content``). Errors are
        typed like any other call (a 401 raises :class:`~imbrace.AuthenticationError` here, before any
        chunk); a stream that ends before ``[DONE]`` or without a chunk raises
        :class:`~imbrace.IncompleteStreamError`. Leaving the loop early? ``close()`` the stream, or use
        it in a ``with`` block. On the async client: ``async for chunk in await client.ai.stream(...)``
        (an :class:`~imbrace._completions.AsyncCompletionStream`, ``aclose()`` or ``async with``).
        """
        body = completion_body(input, stream=True)
        response = yield Call(self._op("complete"), body=body, stream=True, accept=STREAM_ACCEPT)
        if self._is_async:
            return AsyncCompletionStream(response)  # type: ignore[return-value]  # typed per mode above
        return CompletionStream(response)

    @flow
    def embed(
        self, input: EmbeddingInput | Mapping[str, Any], **options: Unpack[CallOptions]
    ) -> FlowGen[EmbeddingList]:
        """One vector per input text (``result.data[i].embedding``); a single string is one input."""
        result: EmbeddingList = yield Call(self._op("embed"), body=embedding_body(input))
        return result

    # -- models and providers ----------------------------------------------------------------------
    @flow
    def list_models(self, **options: Unpack[CallOptions]) -> FlowGen[list[str]]:
        """The model names usable as ``model_id`` with ``provider_id="system"`` (``"Default"`` included).

        The names of :meth:`get_llm_models`; custom providers list their own in ``list_providers()``.
        """
        models: LlmModelList = yield Call(self._op("get_llm_models"))
        return model_names(models)

    @flow
    def list_providers(
        self, include_system: bool = True, **options: Unpack[CallOptions]
    ) -> FlowGen[list[Provider]]:
        """Custom providers; with ``include_system`` a synthetic ``"system"`` entry comes first.

        The system entry's ``models`` come from a second request; an error there raises, it is never
        swallowed.
        """
        from imbrace_generated.gateway.models import Provider

        providers: list[Provider] = list((yield Call(self._op("list_providers"))))
        if include_system:
            models = yield Call(self._op("get_llm_models"))
            providers.insert(0, Provider.from_dict(system_provider(models)))
        return providers

    # -- RAG files ---------------------------------------------------------------------------------

    # -- agents and agent apps ---------------------------------------------------------------------
    @flow
    def check_ai_agent_name(self, name: str, **options: Unpack[CallOptions]) -> FlowGen[NameCheck]:
        """``check["available"]`` is False when an agent of the organization already has this workflow name."""
        result: NameCheck = yield Call(self._op("check_ai_agent_name"), {"name": require_text("name", name)})
        return result

    @flow
    def create_ai_agent_app(self, body: Mapping[str, Any], **options: Unpack[CallOptions]) -> FlowGen[Agent]:
        """Create an app (an agent); ``provider_id``/``model_id`` default to ``"system"``/``"Default"``."""
        wire = agent_create_body(body, require_model=False)
        result: Agent = yield Call(self._op("create_ai_agent_app"), body=wire)
        return result

    @flow
    def update_ai_agent_app(
        self, app_id: str, body: Mapping[str, Any], **options: Unpack[CallOptions]
    ) -> FlowGen[Agent]:
        """Change the given fields only; the others keep their values.

        The server's PUT replaces the whole agent, so the SDK reads it, merges ``body`` and writes it back
        with ``If-Match``; a concurrent edit is detected (412) and the merge redone on fresh data.
        """
        return (yield from replace_agent(self, app_id, agent_patch(body)))

    @property
    def _is_async(self) -> bool:
        from .._client import AsyncImbraceClient

        return isinstance(self._client, AsyncImbraceClient)


AsyncAi = Ai
"""The async namespace is the same class, parametrised by the client's mode."""

__all__ = ["AsyncAi", "Ai"]
