"""Mock handlers, one module per namespace, registered by operationId.

A handler takes a :class:`~imbrace.testing._app.Ctx` and returns a :class:`~imbrace.testing._app.Reply`
(or raises :class:`~imbrace.testing._app.MockError`). ``@seed`` functions fill a new server's store.
Every module in this package is imported by :func:`load_handlers`, which then lets the CRUD engine
(``imbrace/testing/_crud.py``) serve every operation the spec marks ``x-imbrace-crud`` and no module
handles: a hand-written handler always wins over the engine.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._app import Ctx, Reply
    from .._store import Store

Handler = Callable[["Ctx"], "Reply"]
HANDLERS: dict[str, Handler] = {}
ENGINE_OPS: set[str] = set()  # operations HANDLERS maps to the CRUD engine
SEEDERS: list[Callable[[Store], None]] = []


@dataclass
class ChatExtras:
    """What a chat hook adds to an assistant's reply: UI chunks sent before the text, and text to add."""

    chunks: list[dict[str, Any]] = field(default_factory=list)
    text: str = ""


ChatHook = Callable[["Ctx", dict[str, Any], str], "ChatExtras | None"]
CHAT_HOOKS: list[ChatHook] = []


def chat_hook(fn: ChatHook) -> ChatHook:
    """Register a hook that may enrich a chat reply (tools the assistant calls, sources it quotes)."""
    CHAT_HOOKS.append(fn)
    return fn


def handler(op_id: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        if op_id in HANDLERS and op_id not in ENGINE_OPS:
            raise RuntimeError(f"two mock handlers for {op_id}")
        ENGINE_OPS.discard(op_id)
        HANDLERS[op_id] = fn
        return fn

    return register


def seed(fn: Callable[[Store], None]) -> Callable[[Store], None]:
    SEEDERS.append(fn)
    return fn


_loaded = False


def load_handlers() -> dict[str, Any]:
    global _loaded
    if not _loaded:
        for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
            importlib.import_module(f"{__name__}.{info.name}")
        from .._crud import register

        register(HANDLERS, ENGINE_OPS)
        _loaded = True
    return HANDLERS
