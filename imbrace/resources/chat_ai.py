"""``client.chat_ai``: AI agents and assistants, agent files (``/v3/ai``).

Agents created here live in the same store as the AI-agent service's assistants, so
``client.ai_agent.stream_chat({"assistant_id": created["id"], ...})`` works right away. Several methods
are the same spec operation as a ``client.ai`` method (noted in their docstrings).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._files import FileInput, multipart_files
from ._agents import agent_create_body, agent_patch, areplace_agent, replace_agent
from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from imbrace_generated.gateway.models import (
        Agent,
        AgentList,
        ExtractedFile,
        Provider,
        UploadedFile,
    )


class ChatAi(SyncResource):
    """Sync ``client.chat_ai``."""

    _service = "gateway"

    def list_ai_agents(self) -> AgentList:
        """The account's agents (``result["data"]``); each has ``id`` (and ``_id``)."""
        return self._call("list_ai_agents")

    def list_ai_agent_sub_agents(self) -> AgentList:
        """Agents an orchestrator can delegate to (the operation behind ``ai.list_agents``)."""
        return self._call("list_agents")

    def get_ai_agent(self, agent_id: str) -> Agent:
        return self._call("get_ai_agent", path={"id": agent_id})

    def create_ai_agent(self, body: Mapping[str, Any]) -> Agent:
        """Create an agent; absent ``provider_id``/``model_id`` become ``"system"``/``"Default"``.

        Pass ``"streaming": True`` for an SSE reply from ``ai_agent.stream_chat``; the default gives
        ``text/plain``. ``workflow_name`` is unique per organization (a duplicate raises ConflictError).
        """
        return self._call("create_ai_agent_app", body=agent_create_body(body, require_model=False))

    def create_assistant(self, body: Mapping[str, Any]) -> Agent:
        """Create an assistant (Full Flow Guide); ``provider_id`` and ``model_id`` are required."""
        return self._call("create_ai_agent_app", body=agent_create_body(body, require_model=True))

    def update_ai_agent(self, agent_id: str, body: Mapping[str, Any]) -> Agent:
        """Change the given fields only; every other field keeps its value.

        The server's PUT replaces the whole agent, so the SDK reads it, merges ``body`` and writes it
        back with ``If-Match``; a concurrent edit is detected (412) and the merge redone on fresh data.
        """
        return replace_agent(
            lambda: self._call("get_ai_agent_app", path={"id": agent_id}),
            lambda wire, rev: self._call(
                "update_ai_agent_app", path={"id": agent_id}, query={"if_match": rev}, body=wire
            ),
            agent_patch(body),
        )

    def update_assistant(self, assistant_id: str, body: Mapping[str, Any]) -> Agent:
        """Full Flow Guide: attach ``workflow_function_call``, ``folder_ids`` or ``board_ids``.

        A partial update like :meth:`update_ai_agent`; ``knowledge_hubs`` still works but warns.
        """
        return self.update_ai_agent(assistant_id, body)

    def update_ai_agent_instructions(self, agent_id: str, instructions: str) -> Agent:
        """Replace only the system instructions (the operation behind ``ai.patch_instructions``)."""
        return self._call("patch_instructions", path={"id": agent_id}, body={"instructions": instructions})

    def delete_ai_agent(self, agent_id: str) -> None:
        return self._call("delete_ai_agent_app", path={"id": agent_id})

    def list_document_models(self) -> list[Provider]:
        """The organization's custom providers and their models (``ai.list_providers(include_system=False)``)."""
        return self._call("list_providers")

    def upload_agent_file(self, files: FileInput, agent_id: str | None = None) -> UploadedFile:
        """Upload ``files={"file": open(...)}``, a path, or a ``(name, bytes, type)`` tuple; streamed."""
        return self._call("upload_agent_file", body=multipart_files(files, fields={"agent_id": agent_id}))

    def extract_file(self, files: FileInput) -> ExtractedFile:
        """The raw text of a file (``result["content"]``); same file forms as :meth:`upload_agent_file`."""
        return self._call("extract_file", body=multipart_files(files))


class AsyncChatAi(AsyncResource):
    """Async ``client.chat_ai``: the same methods as :class:`ChatAi`, awaited."""

    _service = "gateway"

    async def list_ai_agents(self) -> AgentList:
        return await self._call("list_ai_agents")

    async def list_ai_agent_sub_agents(self) -> AgentList:
        return await self._call("list_agents")

    async def get_ai_agent(self, agent_id: str) -> Agent:
        return await self._call("get_ai_agent", path={"id": agent_id})

    async def create_ai_agent(self, body: Mapping[str, Any]) -> Agent:
        return await self._call("create_ai_agent_app", body=agent_create_body(body, require_model=False))

    async def create_assistant(self, body: Mapping[str, Any]) -> Agent:
        return await self._call("create_ai_agent_app", body=agent_create_body(body, require_model=True))

    async def update_ai_agent(self, agent_id: str, body: Mapping[str, Any]) -> Agent:
        return await areplace_agent(
            lambda: self._call("get_ai_agent_app", path={"id": agent_id}),
            lambda wire, rev: self._call(
                "update_ai_agent_app", path={"id": agent_id}, query={"if_match": rev}, body=wire
            ),
            agent_patch(body),
        )

    async def update_assistant(self, assistant_id: str, body: Mapping[str, Any]) -> Agent:
        return await self.update_ai_agent(assistant_id, body)

    async def update_ai_agent_instructions(self, agent_id: str, instructions: str) -> Agent:
        return await self._call(
            "patch_instructions", path={"id": agent_id}, body={"instructions": instructions}
        )

    async def delete_ai_agent(self, agent_id: str) -> None:
        return await self._call("delete_ai_agent_app", path={"id": agent_id})

    async def list_document_models(self) -> list[Provider]:
        return await self._call("list_providers")

    async def upload_agent_file(self, files: FileInput, agent_id: str | None = None) -> UploadedFile:
        return await self._call(
            "upload_agent_file", body=multipart_files(files, fields={"agent_id": agent_id})
        )

    async def extract_file(self, files: FileInput) -> ExtractedFile:
        return await self._call("extract_file", body=multipart_files(files))
