"""``client.messages``: messages of the inbox's conversations (`/channel-service`).

Plain operations of the spec, except ``pin``/``unpin`` (one route, told apart by ``?action=``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from imbrace_generated.gateway import namespaces as gw_ops
from imbrace_generated.options import CallOptions

from .._resource import FlowGen, ModeT, flow

if TYPE_CHECKING:
    from imbrace_generated.gateway.models import Message


class Messages(gw_ops.MessagesOperations[ModeT]):
    """``client.messages``: send, list, pin and comment on messages."""

    @flow
    def pin(self, conv_id: str, message_id: str, **options: Unpack[CallOptions]) -> FlowGen[Message]:
        """Pin a message in its conversation; returns the message."""
        result: Message = yield self._call(
            "get_conversation_message", conv_id=conv_id, message_id=message_id, action="pin"
        )
        return result

    @flow
    def unpin(self, conv_id: str, message_id: str, **options: Unpack[CallOptions]) -> FlowGen[Message]:
        """Unpin a message; returns the message."""
        result: Message = yield self._call(
            "get_conversation_message", conv_id=conv_id, message_id=message_id, action="unpin"
        )
        return result
