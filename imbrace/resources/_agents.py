"""Request rules shared by ``client.chat_ai`` and ``client.ai``: agent bodies, completions, providers.

Pure functions, and one flow (:func:`replace_agent`) that yields its calls for the client to send. One
rule, one place:

* creating an agent fills the model defaults (``chat_ai.create_ai_agent``) or insists on them
  (``chat_ai.create_assistant``);
* a partial update is merged into the stored agent, because ``PUT /v3/ai/assistant_apps/{id}`` replaces
  the whole agent. The read and the write are two requests, so the write carries ``If-Match`` with the
  revision (``updated_at``) it was merged from: a concurrent edit makes the server answer 412, and the
  update is redone on fresh data (:data:`UPDATE_ATTEMPTS` times at most) instead of silently losing it.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .._errors import APIStatusError, InvalidRequestError
from .._operations import Call, operation
from .._resource import FlowGen, Resource

if TYPE_CHECKING:
    from imbrace_generated.gateway.models import Agent

SYSTEM_PROVIDER_ID = "system"
DEFAULT_MODEL_ID = "Default"
UPDATE_ATTEMPTS = 3


def _as_dict(body: Any, param: str) -> dict[str, Any]:
    """A copy of ``body`` as a plain dict: a Mapping, or a generated model (``to_dict()``)."""
    if isinstance(body, Mapping):
        return dict(body)
    to_dict = getattr(body, "to_dict", None)
    if callable(to_dict):
        result = to_dict()
        if isinstance(result, dict):
            return result
    raise InvalidRequestError(param, f"must be a dict or a model, not {type(body).__name__}")


def _warn_knowledge_hubs(wire: Mapping[str, Any]) -> None:
    if "knowledge_hubs" in wire:
        warnings.warn(
            "knowledge_hubs is deprecated: pass Knowledge Hub folder ids in folder_ids instead",
            DeprecationWarning,
            stacklevel=4,
        )


def agent_create_body(body: Any, *, require_model: bool) -> dict[str, Any]:
    """The wire body of a new agent.

    ``require_model`` (``create_assistant``, as the Full Flow Guide says) makes ``provider_id`` and
    ``model_id`` mandatory; otherwise (``create_ai_agent``, as the AI Agent page says) absent ones
    become ``"system"`` and ``"Default"``, the org-portable choice.
    """
    wire = _as_dict(body, "body")
    for key, default in (("provider_id", SYSTEM_PROVIDER_ID), ("model_id", DEFAULT_MODEL_ID)):
        if wire.get(key) is None:
            if require_model:
                raise InvalidRequestError(
                    f"body.{key}", 'is required (use provider_id "system" and a model name or "Default")'
                )
            wire[key] = default
    _warn_knowledge_hubs(wire)
    return wire


def agent_patch(body: Any) -> dict[str, Any]:
    """Check a partial update before anything is sent: only writable fields, each of the right type."""
    patch = _with_sub_agent_ids(_as_dict(body, "body"))
    _warn_knowledge_hubs(patch)
    operation("gateway", "update_ai_agent_app").validate_body({**_placeholders(_write_schema()), **patch})
    return patch


def _write_schema() -> dict[str, Any]:
    schema: dict[str, Any] = operation("gateway", "update_ai_agent_app").entry["body"]["schema"]
    return schema


def _placeholders(schema: Mapping[str, Any]) -> dict[str, str]:
    return {key: "x" for key in schema.get("required", ())}


def _with_sub_agent_ids(wire: dict[str, Any]) -> dict[str, Any]:
    """``sub_agents`` as the ids the write schema wants (the read side may give ``{assistant_id, name}``)."""
    subs = wire.get("sub_agents")
    if isinstance(subs, list):
        wire["sub_agents"] = [
            s.get("assistant_id") or s.get("id") if isinstance(s, Mapping) else s for s in subs
        ]
    return wire


def merged_agent(current: Any, patch: Mapping[str, Any]) -> tuple[dict[str, Any], str | None]:
    """The whole agent to PUT (stored writable fields, then ``patch``) and the revision it came from.

    ``sub_agents`` given as objects (``{assistant_id, name}``) become ids; read-only keys (``id``,
    ``team_leads``, timestamps, ...) are left out because the write schema does not allow them.
    """
    stored = _as_dict(current, "current")
    writable = _write_schema()["properties"]
    wire = _with_sub_agent_ids({k: v for k, v in stored.items() if k in writable and v is not None})
    wire.update(patch)
    revision = stored.get("updated_at")
    return wire, revision if isinstance(revision, str) else None


def _attempts() -> Iterator[bool]:
    """Yield once per allowed attempt; the value says whether it is the last one."""
    for n in range(UPDATE_ATTEMPTS):
        yield n == UPDATE_ATTEMPTS - 1


def _stale(exc: APIStatusError, last: bool) -> bool:
    return exc.status_code == 412 and not last


def replace_agent(ops: Resource[Any], agent_id: str, patch: Mapping[str, Any]) -> FlowGen[Agent]:
    """Read, merge ``patch``, write with ``If-Match``; redo on 412 (someone wrote in between).

    A flow (see :func:`imbrace._resource.flow`): ``ops`` is the namespace whose service holds the routes.
    """
    for last in _attempts():
        current = yield Call(ops._op("get_ai_agent_app"), {"id": agent_id})
        wire, revision = merged_agent(current, patch)
        args = {"id": agent_id} if revision is None else {"id": agent_id, "if_match": revision}
        try:
            agent: Agent = yield Call(ops._op("update_ai_agent_app"), args, wire)
            return agent
        except APIStatusError as exc:
            if not _stale(exc, last):
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def require_text(param: str, value: Any) -> str:
    """``value`` when it is a non-empty string; otherwise an error naming ``param``, before any request."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidRequestError(param, "must be a non-empty string")
    return value


def _plain(value: Any) -> Any:
    """``value`` as JSON data: models (read by wire name) and mappings become dicts, sequences lists.

    Unlike a model's ``to_dict()`` this accepts plain dicts anywhere inside a model, so
    ``CompletionInput(model=..., messages=[{"role": "user", "content": "hi"}])`` is sent as written.
    """
    if isinstance(value, Mapping) or (hasattr(value, "keys") and hasattr(value, "__getitem__")):
        return {key: _plain(value[key]) for key in value}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def _request_dict(input: Any) -> dict[str, Any]:
    """A request model or a mapping as a plain dict; anything else is refused before sending."""
    wire = _plain(input)
    if not isinstance(wire, dict):
        raise InvalidRequestError("input", f"must be a dict or a model, not {type(input).__name__}")
    return wire


def completion_body(input: Any, *, stream: bool) -> dict[str, Any]:
    """The wire body of a completion from a ``CompletionInput`` or a dict; ``stream`` is set by the SDK."""
    wire = _request_dict(input)
    wire["stream"] = stream
    return wire


def embedding_body(input: Any) -> dict[str, Any]:
    """The wire body of an embedding request; a single string becomes a one-item ``input`` list."""
    wire = _request_dict(input)
    if isinstance(wire.get("input"), str):
        wire["input"] = [wire["input"]]
    return wire


def system_provider(models: Any) -> dict[str, Any]:
    """The synthetic first entry of ``list_providers()``: the built-in models of the system provider."""
    return {
        "_id": None,
        "id": None,
        "provider_id": SYSTEM_PROVIDER_ID,
        "name": "System",
        "type": "system",
        "models": [m.to_dict() if hasattr(m, "to_dict") else m for m in models["data"]],
    }


def model_names(models: Any) -> list[str]:
    """The ``name`` of every model in a ``get_llm_models`` reply."""
    return [m["name"] for m in models["data"]]
