"""``client.message_suggestion``: AI follow-up reply suggestions for a thread (`/ai-agent/suggestions`).
A plain operation of the spec: ``get_suggestions({"thread_id": ...})`` (the official package's body) or the
docs' ``get_suggestions({"message": ..., "conversation_id": ..., "limit": 3})``."""

from __future__ import annotations

from imbrace_generated.gateway import namespaces as gw_ops

from .._resource import ModeT


class MessageSuggestion(gw_ops.MessageSuggestionOperations[ModeT]):
    """``client.message_suggestion``: reply suggestions for a chat thread or a conversation."""
