"""``api.md`` (issue 16): generated from the SDK, fresh, and listing every namespace and method."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from imbrace import ImbraceClient

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import api_md  # noqa: E402


def test_api_md_is_fresh() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "api_md.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_api_md_lists_every_namespace_and_method_with_a_return_type() -> None:
    text = (ROOT / "api.md").read_text()
    client = ImbraceClient(api_key="api_test")
    for attr, namespace in api_md.namespaces():
        assert f"## client.{attr}\n" in text
        if namespace.shares:
            continue
        methods = [n for n in dir(getattr(client, attr)) if not n.startswith("_")]
        for name in methods:
            assert f"- `client.{attr}.{name}(" in text, f"client.{attr}.{name}"
    lines = [line for line in text.splitlines() if line.startswith("- `client.")]
    assert len(lines) > 400
    assert all(") -> " in line for line in lines)
    assert "- `client.platform.get_me() -> User`" in text
    assert "- `client.ai_agent.stream_chat_text(body: Mapping[str, Any]) -> Iterator[str]`" in text


def test_the_readme_links_api_md_and_make_test_checks_it() -> None:
    assert "[api.md](api.md)" in (ROOT / "README.md").read_text()
    makefile = (ROOT / "Makefile").read_text()
    assert "check-api-md" in next(line for line in makefile.splitlines() if line.startswith("test:"))
