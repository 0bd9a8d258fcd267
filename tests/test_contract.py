"""Contract checks: the specs are valid, the generated code is fresh, and spec and SDK cover each other."""

from __future__ import annotations

import ast
import inspect
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

import imbrace.resources as resources_pkg
from imbrace._client import AsyncImbraceClient, ImbraceClient, _Namespace

ROOT = Path(__file__).resolve().parent.parent
SPECS = {"ai_agent": ROOT / "openapi" / "ai-agent.yaml", "gateway": ROOT / "openapi" / "gateway.yaml"}


@pytest.mark.parametrize("service", sorted(SPECS))
def test_spec_is_valid_openapi_31(service: str) -> None:
    spec_dict, base_uri = read_from_filename(str(SPECS[service]))
    validate(spec_dict, base_uri=base_uri)
    assert spec_dict["openapi"].startswith("3.1")


def test_security_schemes_live_in_one_place() -> None:
    gateway = yaml.safe_load(SPECS["gateway"].read_text())["components"]["securitySchemes"]
    agent = yaml.safe_load(SPECS["ai_agent"].read_text())["components"]["securitySchemes"]
    assert set(gateway) == set(agent)
    assert all(v == {"$ref": f"gateway.yaml#/components/securitySchemes/{k}"} for k, v in agent.items())


def test_regeneration_gives_no_diff(tmp_path: Path) -> None:
    out = tmp_path / "imbrace_generated"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--out", str(out)], check=True, timeout=300
    )
    result = subprocess.run(
        ["diff", "-r", "-x", "__pycache__", str(out), str(ROOT / "imbrace_generated")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[:3000]


def _spec_operations() -> dict[str, set[str]]:
    return {
        s: set(json.loads((ROOT / "imbrace_generated" / s / "operations.json").read_text())) for s in SPECS
    }


def _namespaces(client_cls: type) -> dict[str, type]:
    out = {}
    for name in dir(client_cls):
        attr = inspect.getattr_static(client_cls, name)
        if isinstance(attr, _Namespace):
            module = __import__(f"imbrace.resources.{attr.module}", fromlist=[attr.cls])
            out[name] = getattr(module, attr.cls)
    return out


def _public_methods(cls: type) -> dict[str, object]:
    return {n: f for n, f in vars(cls).items() if not n.startswith("_") and callable(f)}


def _functions_by_name(home: str) -> dict[str, ast.FunctionDef]:
    """Every function and method defined in imbrace/resources/, by name (helpers flows reuse); those of
    the module ``home`` win, and a later definition (an implementation after its overloads) wins."""
    found: dict[str, ast.FunctionDef] = {}
    paths = sorted((ROOT / "imbrace" / "resources").glob("*.py"), key=lambda p: p.stem == home)
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef):
                found[node.name] = node
    return found


def _ops_named(
    fn: ast.FunctionDef, functions: dict[str, ast.FunctionDef], seen: set[str], endpoints: dict[str, str]
) -> set[str]:
    """The operationIds a flow sends: ``_op("x")`` in its body, the endpoints it reuses (``X.get.call``)
    and the same in the functions and methods it uses."""
    ops: set[str] = set()
    for node in ast.walk(fn):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name):
            callee = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            constants = [a.value for a in node.args if isinstance(a, ast.Constant)]
            if callee in ("_op", "_call") and constants:
                ops.add(str(constants[0]))
            elif callee == "operation" and len(constants) == 2:  # operation("gateway", "get_account")
                ops.add(str(constants[1]))
        name = (
            node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None
        )
        if name in endpoints:
            ops.add(endpoints[name])
        elif name in functions and name not in seen:
            seen.add(name)
            ops |= _ops_named(functions[name], functions, seen, endpoints)
    return ops


def _backing(cls: type) -> dict[str, set[str]]:
    """For each public method of a namespace: the spec operations it sends."""
    from imbrace._resource import Flow, IterFlow

    functions = _functions_by_name(cls.__module__.rsplit(".", 1)[1])
    endpoints = {  # the generated methods: ``return self._operation("op_id", ...)``
        n: m.group(1)
        for n in dir(cls)
        if inspect.isfunction(a := inspect.getattr_static(cls, n))
        and a.__module__.startswith("imbrace_generated.")
        and (m := re.search(r"self\._(?:operation|iterate_pages)\(\s*['\"](\w+)['\"]", inspect.getsource(a)))
    }
    result: dict[str, set[str]] = {}
    for name in dir(cls):
        attr = inspect.getattr_static(cls, name)
        if name.startswith("_"):
            continue
        if name in endpoints:
            result[name] = {endpoints[name]}
        elif isinstance(attr, Flow | IterFlow):
            fn = functions[attr.fn.__name__]
            result[name] = _ops_named(fn, functions, {attr.fn.__name__}, endpoints)
        elif callable(attr):
            result[name] = _ops_named(functions[name], functions, {name}, endpoints)
    return result


@pytest.mark.parametrize("client_cls", [ImbraceClient, AsyncImbraceClient])
def test_every_operation_is_reachable_and_every_method_is_backed(client_cls: type) -> None:
    spec_ops = _spec_operations()
    all_ops = set().union(*spec_ops.values())
    reached: set[str] = set()
    for ns, cls in _namespaces(client_cls).items():
        for method, ops in _backing(cls).items():
            assert ops, f"{client_cls.__name__}.{ns}.{method} is not backed by any spec operation"
            unknown = ops - all_ops
            assert not unknown, f"{ns}.{method} names operations missing from the spec: {unknown}"
            reached |= ops
    missing = all_ops - reached
    assert not missing, f"operations with no namespace method on {client_cls.__name__}: {sorted(missing)}"


def test_sync_and_async_namespaces_have_the_same_surface() -> None:
    sync, asyn = _namespaces(ImbraceClient), _namespaces(AsyncImbraceClient)
    assert sync.keys() == asyn.keys()
    for ns in sync:
        s_methods, a_methods = _public_methods(sync[ns]), _public_methods(asyn[ns])
        assert s_methods.keys() == a_methods.keys(), ns
        for name in s_methods:
            s_params = list(inspect.signature(s_methods[name]).parameters.items())  # type: ignore[arg-type]
            a_params = list(inspect.signature(a_methods[name]).parameters.items())  # type: ignore[arg-type]
            assert [(n, p.kind, p.default) for n, p in s_params] == [
                (n, p.kind, p.default) for n, p in a_params
            ], f"{ns}.{name}"


def test_every_operation_has_a_mock_handler() -> None:
    from imbrace.testing.handlers import load_handlers

    handlers = load_handlers()
    missing = set().union(*_spec_operations().values()) - set(handlers)
    assert not missing, f"operations the mock does not implement: {sorted(missing)}"


def test_resources_package_is_namespaced() -> None:
    assert resources_pkg.__doc__
