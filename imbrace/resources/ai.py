"""``client.ai``: the OpenAI-compatible AI service and its management APIs (``/v3/ai``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._base import AsyncResource, SyncResource

if TYPE_CHECKING:
    from imbrace_generated.gateway.models import LlmModelList


class Ai(SyncResource):
    """Sync ``client.ai``."""

    _service = "gateway"

    def get_llm_models(self) -> LlmModelList:
        """Models of the system provider: ``result["data"]`` → ``[{name, is_toolCall_available, …}]``."""
        return self._call("get_llm_models")


class AsyncAi(AsyncResource):
    """Async ``client.ai``."""

    _service = "gateway"

    async def get_llm_models(self) -> LlmModelList:
        return await self._call("get_llm_models")
