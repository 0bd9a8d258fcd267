"""Mock handlers for the ``/v3/ai`` service."""

from __future__ import annotations

from .._app import Ctx, Reply, json_reply
from . import handler

SYSTEM_MODELS = [
    {
        "name": "Default",
        "is_toolCall_available": True,
        "is_vision_available": False,
        "is_support_thinking": False,
    },
    {
        "name": "gpt-4o",
        "is_toolCall_available": True,
        "is_vision_available": True,
        "is_support_thinking": False,
    },
    {
        "name": "gpt-4o-mini",
        "is_toolCall_available": True,
        "is_vision_available": True,
        "is_support_thinking": False,
    },
]


@handler("get_llm_models")
def get_llm_models(ctx: Ctx) -> Reply:
    return json_reply({"success": True, "message": "ok", "data": SYSTEM_MODELS})
