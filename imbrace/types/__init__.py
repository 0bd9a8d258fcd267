"""Public types: every response model and request-body type of both services, ``Unset``/``UNSET``,
``CallOptions`` and the errors.

    from imbrace.types import Agent, AgentWriteParams, ClientChat, NotFoundError, UNSET

Request bodies are ``TypedDict`` types named ``...Params`` (plain dicts work the same at runtime).

Models are generated from ``openapi/*.yaml`` and load lazily (PEP 562): importing this module loads no
model, and a name loads its one model module on first use. Submodules: ``imbrace.types.ai`` (the
``client.ai``/``client.chat_ai`` types, with the keyword-friendly ``EmbeddingInput``) and
``imbrace.types.ui_stream`` (typed chat-stream events).

A model name defined by both services (:data:`_CLASHES`) means the gateway's model here, since the gateway
serves most namespaces (``chat_ai``, ``ai``, ``boards``, ``folders``, ``activepieces``); each service's
version is also exported with its service as prefix, e.g. ``GatewayDeleteResult`` and
``AiAgentDeleteResult``. The errors are the same classes as ``imbrace.NotFoundError`` etc.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .. import _errors
from .._errors import *  # noqa: F403 - cheap (no dependencies), and already loaded by `import imbrace`

if TYPE_CHECKING:
    from imbrace_generated.ai_agent.params import *  # noqa: F403
    from imbrace_generated.gateway.models import *  # noqa: F403
    from imbrace_generated.gateway.params import *  # noqa: F403
    from imbrace_generated.options import CallOptions as CallOptions

if TYPE_CHECKING:
    # On a clash mypy keeps the gateway's name bound above (the ignore is for the clash) while pyright
    # takes the last binding, so the clashes are bound to the gateway's models once more: both checkers
    # then see what __getattr__ returns.
    from imbrace_generated.ai_agent import models as _ai_agent_models
    from imbrace_generated.ai_agent.models import *  # type: ignore[assignment]  # noqa: F403
    from imbrace_generated.ai_agent.types import UNSET as UNSET
    from imbrace_generated.ai_agent.types import Unset as Unset
    from imbrace_generated.gateway import models as _gateway_models
    from imbrace_generated.gateway.models import DeleteResult as DeleteResult
    from imbrace_generated.gateway.models import Error as Error

    AiAgentDeleteResult = _ai_agent_models.DeleteResult
    AiAgentError = _ai_agent_models.Error
    GatewayDeleteResult = _gateway_models.DeleteResult
    GatewayError = _gateway_models.Error

# Where a bare model name is looked up, in order: on a clash the first service wins.
_SERVICES = ("gateway", "ai_agent")
# Prefix of the service-qualified names of the clashing models.
_PREFIXES = {"Gateway": "gateway", "AiAgent": "ai_agent"}
# Model names defined by both services (tests/test_types_public.py checks this against the generated code,
# and that the TYPE_CHECKING block above names the same ones).
_CLASHES = ("DeleteResult", "Error")
_SUBMODULES = ("ai", "ui_stream")


def _models(service: str) -> Any:
    return import_module(f"imbrace_generated.{service}.models")


def _params(service: str) -> Any:
    return import_module(f"imbrace_generated.{service}.params")


def _public_names() -> list[str]:
    names = {n for service in _SERVICES for n in _models(service).__all__}
    names.update(n for service in _SERVICES for n in _params(service).__all__)
    names.add("CallOptions")
    names.update(prefix + name for prefix in _PREFIXES for name in _CLASHES)
    return sorted(names) + ["UNSET", "Unset", *_errors.__all__]


def _find(name: str) -> Any:
    if name in ("UNSET", "Unset"):
        return getattr(import_module("imbrace_generated.ai_agent.types"), name)
    if name == "__all__":
        return _public_names()
    if name in _SUBMODULES:
        return import_module(f"{__name__}.{name}")
    if name == "CallOptions":
        return import_module("imbrace_generated.options").CallOptions
    for service in _SERVICES:
        models = _params(service) if name.endswith("Params") else _models(service)
        if name in models.__all__:
            return getattr(models, name)
    for prefix, service in _PREFIXES.items():
        if name.startswith(prefix) and name[len(prefix) :] in _CLASHES:
            return getattr(_models(service), name[len(prefix) :])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __getattr__(name: str) -> Any:
    value = _find(name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*_public_names(), *_SUBMODULES})
