"""Installing (issue 16): the package metadata is complete, every declared dependency is used, every import is
declared, and without the ``testing`` extra the mock says which extra to install."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
PROJECT = PYPROJECT["project"]

# Import name -> distribution name, where they differ.
DISTRIBUTION = {
    "yaml": "pyyaml",
    "openapi_core": "openapi-core",
    "openapi_schema_validator": "openapi-schema-validator",
}
# Declared but never imported, each for a stated reason.
DECLARED_NOT_IMPORTED = {"sniffio": "httpcore imports it on every pool operation when installed"}
# Imported but not declared, each for a stated reason.
IMPORTED_NOT_DECLARED = {"pytest": "only the pytest plugin imports it, and only pytest loads the plugin"}


def _name(requirement: str) -> str:
    for stop in "<>=!~[; ":
        requirement = requirement.split(stop)[0]
    return requirement.strip().lower()


def _third_party_imports(paths: list[Path]) -> set[str]:
    found: set[str] = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top not in ("imbrace", "imbrace_generated"):
                    found.add(DISTRIBUTION.get(top, top).lower())
    return found


def _files(*parts: str, exclude: str | None = None) -> list[Path]:
    files = [p for p in (ROOT / parts[0]).rglob("*.py")]
    return [p for p in files if exclude is None or exclude not in p.parts]


def test_the_license_file_matches_the_declared_license() -> None:
    assert PROJECT["license"] == "MIT"
    assert PROJECT["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text()
    assert text.startswith("MIT License")
    assert "Permission is hereby granted, free of charge" in text


def test_the_metadata_has_classifiers_urls_and_a_long_description() -> None:
    classifiers = PROJECT["classifiers"]
    assert "Typing :: Typed" in classifiers
    assert "Framework :: Pytest" in classifiers
    assert f"Programming Language :: Python :: {PROJECT['requires-python'].lstrip('>=')}" in classifiers
    assert PROJECT["urls"]["Homepage"].startswith("https://")
    assert PROJECT["urls"]["Documentation"].startswith("https://")
    assert PROJECT["readme"] == "README.md"
    readme = (ROOT / "README.md").read_text()
    assert "## Install" in readme and len(readme) > 5000


def test_every_core_dependency_is_imported_and_every_core_import_is_declared() -> None:
    declared = {_name(r) for r in PROJECT["dependencies"]}
    imported = _third_party_imports(_files("imbrace", exclude="testing") + _files("imbrace_generated"))
    optional = {_name(r) for r in PROJECT["optional-dependencies"]["fast"]}
    assert imported - declared - optional == set(), "imported by imbrace but not declared"
    assert declared - imported - set(DECLARED_NOT_IMPORTED) == set(), "declared but never imported"
    assert set(DECLARED_NOT_IMPORTED) <= declared


def test_every_testing_import_is_in_the_testing_extra_and_the_extra_is_used() -> None:
    testing = {_name(r) for r in PROJECT["optional-dependencies"]["testing"]}
    core = {_name(r) for r in PROJECT["dependencies"]}
    imported = _third_party_imports(list((ROOT / "imbrace" / "testing").rglob("*.py")))
    assert imported - testing - core - set(IMPORTED_NOT_DECLARED) == set()
    assert testing - imported == set()


# A user without the extra: the extra's modules cannot be imported.
_HIDE_EXTRA = "import sys\nfor m in ('werkzeug', 'openapi_core', 'openapi_schema_validator'):\n    sys.modules[m] = None\n"


def _run(code: str, *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120, cwd=cwd, env=env
    )


def test_without_the_testing_extra_mockserver_names_the_extra() -> None:
    result = _run(_HIDE_EXTRA + "from imbrace.testing import MockServer")
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("ModuleNotFoundError: imbrace.testing needs the 'testing' extra"), last
    assert "pip install 'imbrace[testing]'" in last and "pip install '.[testing]'" in last


def test_without_the_testing_extra_the_seeded_ids_still_import() -> None:
    result = _run(_HIDE_EXTRA + "from imbrace.testing import DEMO_ASSISTANT_ID; print(DEMO_ASSISTANT_ID)")
    assert result.returncode == 0, result.stderr


def test_without_the_testing_extra_imbrace_mock_names_the_extra() -> None:
    result = _run(_HIDE_EXTRA + "from imbrace.__main__ import main; sys.exit(main(['mock']))")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "the mock server (imbrace mock) needs the 'testing' extra" in result.stderr
    assert "pip install 'imbrace[testing]'" in result.stderr
    assert "Traceback" not in result.stderr


def test_without_the_testing_extra_the_fixture_names_the_extra(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(_HIDE_EXTRA)
    (tmp_path / "test_bot.py").write_text(
        textwrap.dedent(
            """
            def test_bot(imbrace_mock):
                pass
            """
        )
    )
    code = "import sys, pytest; sys.exit(pytest.main(sys.argv[1:]))"
    # pytest-httpserver (a dev dependency) imports werkzeug itself; a user without the extra has neither.
    result = _run(
        code, "-q", "-p", "no:pytest_httpserver", "-p", "no:xdist", "-p", "no:cacheprovider", cwd=tmp_path
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "the imbrace_mock fixture needs the 'testing' extra" in result.stdout
    assert "No module named 'werkzeug'" not in result.stdout


@pytest.mark.parametrize("path", ["LICENSE", "README.md"])
def test_the_sdist_ships_the_license_and_readme(path: str) -> None:
    assert path in PYPROJECT["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
