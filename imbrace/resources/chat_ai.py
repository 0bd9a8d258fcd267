"""``client.chat_ai``: AI agents and assistants, agent files (``/v3/ai``).

Agents created here live in the same store as the AI-agent service's assistants, so
``client.ai_agent.stream_chat({"assistant_id": created["id"], ...})`` works right away. Several methods
are the same spec operation as a ``client.ai`` method (noted in their docstrings).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from imbrace_generated.gateway import namespaces as gw_ops
from imbrace_generated.options import CallOptions

from .._files import FileInput, multipart_files
from .._operations import Call
from .._resource import FlowGen, ModeT, flow
from ._agents import agent_create_body, agent_patch, replace_agent

if TYPE_CHECKING:
    from imbrace_generated.gateway.models import Agent, ExtractedFile, UploadedFile
    from imbrace_generated.gateway.params import AgentWriteParams


class ChatAi(gw_ops.ChatAiOperations[ModeT]):
    """``client.chat_ai``: agents and assistants."""

    _service = "gateway"

    @flow
    def create_ai_agent(self, body: Mapping[str, Any], **options: Unpack[CallOptions]) -> FlowGen[Agent]:
        """Create an agent; absent ``provider_id``/``model_id`` become ``"system"``/``"Default"``.

        Pass ``"streaming": True`` for an SSE reply from ``ai_agent.stream_chat``; the default gives
        ``text/plain``. ``workflow_name`` is unique per organization (a duplicate raises ConflictError).
        """
        wire = agent_create_body(body, require_model=False)
        result: Agent = yield Call(self._op("create_ai_agent_app"), body=wire)
        return result

    @flow
    def create_assistant(self, body: AgentWriteParams, **options: Unpack[CallOptions]) -> FlowGen[Agent]:
        """Create an assistant (Full Flow Guide); ``provider_id`` and ``model_id`` are required."""
        result: Agent = yield Call(
            self._op("create_ai_agent_app"), body=agent_create_body(body, require_model=True)
        )
        return result

    @flow
    def update_ai_agent(
        self, agent_id: str, body: Mapping[str, Any], **options: Unpack[CallOptions]
    ) -> FlowGen[Agent]:
        """Change the given fields only; every other field keeps its value.

        The server's PUT replaces the whole agent, so the SDK reads it, merges ``body`` and writes it
        back with ``If-Match``; a concurrent edit is detected (412) and the merge redone on fresh data.
        """
        return (yield from replace_agent(self, agent_id, agent_patch(body)))

    @flow
    def update_assistant(
        self, assistant_id: str, body: Mapping[str, Any], **options: Unpack[CallOptions]
    ) -> FlowGen[Agent]:
        """Full Flow Guide: attach ``workflow_function_call``, ``folder_ids`` or ``board_ids``.

        A partial update like :meth:`update_ai_agent`; ``knowledge_hubs`` still works but warns.
        """
        return (yield from replace_agent(self, assistant_id, agent_patch(body)))

    @flow
    def update_ai_agent_instructions(
        self, agent_id: str, instructions: str, **options: Unpack[CallOptions]
    ) -> FlowGen[Agent]:
        """Replace only the system instructions (the operation behind ``ai.patch_instructions``)."""
        result: Agent = yield Call(
            self._op("patch_instructions"), {"id": agent_id}, {"instructions": instructions}
        )
        return result

    @flow
    def upload_agent_file(
        self, files: FileInput, agent_id: str | None = None, **options: Unpack[CallOptions]
    ) -> FlowGen[UploadedFile]:
        """Upload ``files={"file": open(...)}``, a path, or a ``(name, bytes, type)`` tuple; streamed."""
        body = multipart_files(files, fields={"agent_id": agent_id})
        result: UploadedFile = yield Call(self._op("upload_agent_file"), body=body)
        return result

    @flow
    def extract_file(self, files: FileInput, **options: Unpack[CallOptions]) -> FlowGen[ExtractedFile]:
        """The raw text of a file (``result["content"]``); same file forms as :meth:`upload_agent_file`."""
        result: ExtractedFile = yield Call(self._op("extract_file"), body=multipart_files(files))
        return result


AsyncChatAi = ChatAi
"""The async namespace is the same class, parametrised by the client's mode."""

__all__ = ["AsyncChatAi", "ChatAi"]
