"""``imbrace.types``: every model of both services, ``Unset``/``UNSET`` and the errors, lazily; and the
behaviour every generated model shares (None for unsent fields, short repr, JSON-able ``to_dict()``,
dict access by wire name, additional properties as attributes at run time but not for type checkers)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from importlib import import_module
from pathlib import Path
from typing import Any

import pytest

import imbrace
import imbrace.types
from imbrace_generated.ai_agent import models as ai_agent_models
from imbrace_generated.ai_agent import types as ai_agent_types
from imbrace_generated.gateway import models as gateway_models
from imbrace_generated.gateway import types as gateway_types

ROOT = Path(__file__).resolve().parent.parent
SERVICES = {"gateway": gateway_models, "ai_agent": ai_agent_models}
AGENT = {"id": "a1", "_id": "a1", "name": "Support", "workflow_name": "w"}


def test_every_name_in_all_imports() -> None:
    namespace: dict[str, Any] = {}
    exec("from imbrace.types import *", namespace)
    for name in imbrace.types.__all__:
        assert namespace[name] is getattr(imbrace.types, name), name
    assert len(imbrace.types.__all__) == len(set(imbrace.types.__all__))


def test_all_holds_every_model_of_both_services_and_the_shared_names() -> None:
    public = set(imbrace.types.__all__)
    for service, models in SERVICES.items():
        missing = set(models.__all__) - public
        assert not missing, f"{service} models missing from imbrace.types: {sorted(missing)}"
    assert {"UNSET", "Unset", *imbrace._errors.__all__} <= public
    for name in imbrace._errors.__all__:
        assert getattr(imbrace.types, name) is getattr(imbrace, name)
    assert imbrace.types.UNSET is gateway_types.UNSET is ai_agent_types.UNSET
    assert imbrace.types.Unset is gateway_types.Unset is ai_agent_types.Unset


def test_name_clashes_go_to_the_gateway_and_both_have_prefixed_names() -> None:
    clashes = set(gateway_models.__all__) & set(ai_agent_models.__all__)
    assert clashes == set(imbrace.types._CLASHES), "update _CLASHES and the TYPE_CHECKING block"
    source = (ROOT / "imbrace" / "types" / "__init__.py").read_text()
    for name in clashes:
        assert getattr(imbrace.types, name) is getattr(gateway_models, name)
        assert getattr(imbrace.types, "Gateway" + name) is getattr(gateway_models, name)
        assert getattr(imbrace.types, "AiAgent" + name) is getattr(ai_agent_models, name)
        assert f"import {name} as {name}" in source and f"AiAgent{name} = " in source
    aliases = {prefix + name for prefix in imbrace.types._PREFIXES for name in clashes}
    assert not aliases & (set(gateway_models.__all__) | set(ai_agent_models.__all__) | set(imbrace.__all__))


def test_submodules_still_work() -> None:
    from imbrace.types.ai import CompletionInput, EmbeddingInput
    from imbrace.types.ui_stream import parse_chunk

    assert imbrace.types.ai.EmbeddingInput is EmbeddingInput and callable(parse_chunk)
    assert CompletionInput is imbrace.types.CompletionInput


def test_importing_imbrace_types_loads_no_model() -> None:
    code = (
        "import sys, imbrace.types;"
        "print(sorted(m for m in sys.modules if m.startswith('imbrace_generated') or m == 'httpx'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "[]"


def test_a_field_not_sent_reads_as_none() -> None:
    from imbrace.types import Agent

    agent = Agent.from_dict(AGENT)
    assert agent.description is None and agent.metadata is None and agent.folder_ids is None
    assert agent.workflow_function_call is None
    assert "description" not in agent and agent.get("description") is None
    with pytest.raises(KeyError):
        agent["description"]
    assert agent.to_dict() == AGENT  # the wire form still omits what was not sent


def test_explicit_null_is_kept_apart_from_not_sent() -> None:
    from imbrace.types import CompletionDelta

    null = CompletionDelta.from_dict({"content": None})
    absent = CompletionDelta.from_dict({})
    assert null.content is None and absent.content is None
    assert "content" in null and null["content"] is None and "content" not in absent
    assert null.to_dict() == {"content": None} and absent.to_dict() == {}
    assert CompletionDelta(content=None).to_dict() == {"content": None} and CompletionDelta().to_dict() == {}


def test_repr_shows_only_the_fields_that_are_set() -> None:
    from imbrace.types import Agent, CompletionDelta

    assert repr(Agent.from_dict(AGENT)) == "Agent(id='a1', field_id='a1', name='Support', workflow_name='w')"
    agent = Agent.from_dict({**AGENT, "metadata": {"k": 1}, "extra": 2})
    assert repr(agent) == (
        "Agent(id='a1', field_id='a1', name='Support', workflow_name='w', "
        "metadata=AgentMetadata(additional_properties={'k': 1}), additional_properties={'extra': 2})"
    )
    assert repr(CompletionDelta.from_dict({"content": None})) == "CompletionDelta(content=None)"


def test_dict_access_for_unknown_keys() -> None:
    from imbrace.types import Agent

    agent = Agent.from_dict({**AGENT, "x_custom": {"a": [1]}, "_v": 3})
    assert agent["_id"] == "a1" and agent["x_custom"] == {"a": [1]} and agent["_v"] == 3
    assert agent.get("x_custom") == {"a": [1]} and agent.get("nope", 0) == 0
    assert "x_custom" in agent and "nope" not in agent and 1 not in agent
    assert list(agent.keys()) == ["id", "_id", "name", "workflow_name", "x_custom", "_v"]
    assert dict(agent.items())["_v"] == 3 and list(agent) == list(agent.keys())
    with pytest.raises(KeyError):
        agent["nope"]


def test_additional_properties_are_attributes_at_run_time() -> None:
    from imbrace.types import Agent

    agent = Agent.from_dict({**AGENT, "x_custom": {"a": [{"b": 1}]}})
    assert getattr(agent, "x_custom").a[0].b == 1  # noqa: B009 - a type checker rejects agent.x_custom
    with pytest.raises(AttributeError):
        getattr(agent, "nope")  # noqa: B009


def _example(schema: Any, schemas: dict[str, Any], depth: int = 0) -> Any:
    """A value for ``schema`` with every property filled in (one item per array, one extra key)."""
    if "$ref" in schema:
        return _example(schemas[schema["$ref"].rsplit("/", 1)[1]], schemas, depth + 1)
    for key in ("oneOf", "anyOf", "allOf"):
        if key in schema:
            return _example(schema[key][0], schemas, depth + 1)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object":
        value = {k: _example(s, schemas, depth + 1) for k, s in schema.get("properties", {}).items()}
        if schema.get("additionalProperties", True) is not False and depth < 6:
            value["x_extra"] = {"nested": [1, "two", None]}
        return value
    if kind == "array":
        return [_example(schema.get("items", {}), schemas, depth + 1)] if depth < 6 else []
    if schema.get("format") == "uuid":
        return "6f1c2b1e-0d7a-4d3f-9c55-2a8e1f1b9a10"
    examples = {"string": "s-data-x", "integer": 1, "number": 1.5, "boolean": True}
    return examples[kind] if kind != "string" or "pattern" not in schema else "data-x"


def _binary(schema: Any) -> bool:
    return "binary" in json.dumps(schema)


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_to_dict_of_every_model_is_json_and_round_trips(service: str) -> None:
    models = SERVICES[service]
    spec = json.loads((ROOT / "imbrace_generated" / service / "openapi.json").read_text())
    schemas = spec["components"]["schemas"]
    checked = 0
    for name, schema in schemas.items():
        if name not in models.__all__ or _binary(schema) or schema.get("type", "object") != "object":
            continue
        cls = getattr(models, name)
        if not hasattr(cls, "from_dict"):
            continue
        model = cls.from_dict(_example(schema, schemas))
        wire = json.loads(json.dumps(model.to_dict()))
        assert cls.from_dict(wire) == model, name
        assert cls.from_dict({k: wire[k] for k in schema.get("required", [])}).to_dict() == {
            k: wire[k] for k in schema.get("required", [])
        }, name
        checked += 1
    assert checked > 40


def test_type_checkers_reject_undeclared_attributes(tmp_path: Path) -> None:
    """mypy (the project's checker) sees every public name and the honest field types, and rejects a
    misspelt attribute instead of typing it Any."""
    names = ", ".join(imbrace.types.__all__)
    script = tmp_path / "user.py"
    script.write_text(
        textwrap.dedent(
            f"""\
            from imbrace.types import {names}
            from typing import reveal_type

            def use(agent: Agent) -> None:
                reveal_type(agent.description)
                reveal_type(agent.metadata)
                agent.descripton
            """
        )
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(tmp_path / "c")]
        + ["--follow-imports=silent", str(script)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    lines = [line.split(": ", 1)[1] for line in result.stdout.splitlines() if "user.py:" in line]
    assert lines == [
        'note: Revealed type is "str | None"',
        'note: Revealed type is "imbrace_generated.gateway.models.agent_metadata.AgentMetadata | None"',
        'error: "Agent" has no attribute "descripton"; maybe "description"?  [attr-defined]',
    ], result.stdout + result.stderr


def test_every_model_module_of_a_service_shares_one_types_module() -> None:
    for service, models in SERVICES.items():
        module = import_module(f"imbrace_generated.{service}.models.{models._MODULE_OF['Error'][1:]}")
        assert module.UNSET is imbrace.types.UNSET and module.WireAccess is ai_agent_types.WireAccess
