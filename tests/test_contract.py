"""Contract checks: the specs are valid, the generated code is fresh, and spec and SDK cover each other."""

from __future__ import annotations

import ast
import inspect
import json
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
    for name, attr in vars(client_cls).items():
        if isinstance(attr, _Namespace):
            module = __import__(f"imbrace.resources.{attr.module}", fromlist=[attr.cls])
            out[name] = getattr(module, attr.cls)
    return out


def _public_methods(cls: type) -> dict[str, object]:
    return {n: f for n, f in vars(cls).items() if not n.startswith("_") and callable(f)}


def _ops_called(cls: type) -> dict[str, set[str]]:
    """For each method: the operationIds it names in self._call/self._open, and the methods it calls."""
    tree = ast.parse(inspect.getsource(sys.modules[cls.__module__]))
    result: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name == cls.__name__:
            for fn in node.body:
                if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
                    names: set[str] = set()
                    for node_ in ast.walk(fn):
                        if (
                            isinstance(node_, ast.Call)
                            and isinstance(node_.func, ast.Attribute)
                            and node_.func.attr in ("_call", "_open", "_page", "_pages")
                            and node_.args
                            and isinstance(node_.args[0], ast.Constant)
                        ):
                            names.add(f"op:{node_.args[0].value}")
                        elif (  # self.other_method, called or handed on (e.g. to a ChatSession)
                            isinstance(node_, ast.Attribute)
                            and isinstance(node_.value, ast.Name)
                            and node_.value.id == "self"
                        ):
                            names.add(f"self:{node_.attr}")
                    result[fn.name] = names
    return result


@pytest.mark.parametrize("client_cls", [ImbraceClient, AsyncImbraceClient])
def test_every_operation_is_reachable_and_every_method_is_backed(client_cls: type) -> None:
    spec_ops = _spec_operations()
    all_ops = set().union(*spec_ops.values())
    reached: set[str] = set()
    for ns, cls in _namespaces(client_cls).items():
        calls = _ops_called(cls)

        def backed(
            method: str, seen: frozenset[str] = frozenset(), calls: dict[str, set[str]] = calls
        ) -> set[str]:
            ops = {c[3:] for c in calls.get(method, set()) if c.startswith("op:")}
            for c in calls.get(method, set()):
                if c.startswith("self:") and c[5:] in calls and c[5:] not in seen:
                    ops |= backed(c[5:], seen | {method})
            return ops

        for method in _public_methods(cls):
            ops = backed(method)
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
