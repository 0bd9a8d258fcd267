"""Client configuration: presets, environment variables, auth selection, URL safety, lazy set-up."""

from __future__ import annotations

import subprocess
import sys

import pytest

from imbrace import AsyncImbraceClient, ImbraceClient, InvalidRequestError
from imbrace._config import ENVIRONMENTS

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2ln"


@pytest.mark.parametrize("env", sorted(ENVIRONMENTS))
def test_presets(env: str) -> None:
    assert ImbraceClient(env=env, api_key="k").base_url == ENVIRONMENTS[env]


def test_default_is_stable_and_unknown_preset_lists_valid_ones() -> None:
    assert ImbraceClient(api_key="k").base_url == "https://app-gatewayv2.imbrace.co"
    with pytest.raises(InvalidRequestError, match="develop, sandbox, stable, prodv2") as info:
        ImbraceClient(env="prod", api_key="k")
    assert info.value.param == "env"


def test_gateway_alias_and_trailing_slash() -> None:
    assert ImbraceClient(gateway="https://gw.example.com/", api_key="k").base_url == "https://gw.example.com"


def test_environment_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IMBRACE_ACCESS_TOKEN", "acc_env")
    monkeypatch.setenv("IMBRACE_ORGANIZATION_ID", "org_env")
    monkeypatch.setenv("IMBRACE_ENV", "sandbox")
    client = AsyncImbraceClient()
    assert client.base_url == ENVIRONMENTS["sandbox"]
    assert client._config.auth_headers() == {"x-access-token": "acc_env", "x-organization-id": "org_env"}
    monkeypatch.setenv("IMBRACE_GATEWAY_URL", "https://gw.example.com")
    assert ImbraceClient().base_url == "https://gw.example.com"
    monkeypatch.setenv("IMBRACE_BASE_URL", "https://base.example.com")
    assert ImbraceClient().base_url == "https://base.example.com"


@pytest.mark.parametrize(
    ("kwargs", "headers"),
    [
        ({"api_key": "api_k", "organization_id": "org_1"}, {"x-api-key": "api_k"}),
        (
            {"access_token": JWT, "organization_id": "org_1"},
            {"authorization": f"Bearer {JWT}", "x-organization-id": "org_1"},
        ),
        ({"access_token": JWT}, {"x-access-token": JWT}),
        (
            {"access_token": "acc_1", "organization_id": "org_1"},
            {"x-access-token": "acc_1", "x-organization-id": "org_1"},
        ),
        ({"access_token": "acc_1"}, {"x-access-token": "acc_1"}),
        ({}, {}),
    ],
)
def test_auth_selection(kwargs: dict[str, str], headers: dict[str, str]) -> None:
    assert ImbraceClient(**kwargs)._config.auth_headers() == headers


def test_set_access_token_switches_to_token_mode() -> None:
    client = ImbraceClient(api_key="api_k", organization_id="org_1")
    client.set_access_token("acc_new")
    assert client.auth_mode == "access_token"
    assert client._config.auth_headers() == {"x-access-token": "acc_new", "x-organization-id": "org_1"}


def test_plain_http_with_credentials_is_refused_except_loopback() -> None:
    with pytest.raises(InvalidRequestError, match="plain HTTP") as info:
        ImbraceClient(base_url="http://gw.example.com", api_key="k")
    assert info.value.param == "base_url"
    ImbraceClient(base_url="http://gw.example.com", api_key="k", allow_insecure_http=True)
    ImbraceClient(base_url="http://127.0.0.1:9", api_key="k")
    ImbraceClient(base_url="http://localhost:9", api_key="k")
    ImbraceClient(base_url="http://gw.example.com")  # no credentials, nothing to leak


def test_services_override_routes_one_service() -> None:
    client = ImbraceClient(api_key="k", services={"ai_agent": "https://agents.example.com/x"})
    assert client._config.url_for("/ai-agent/v2/chat") == "https://agents.example.com/x/v2/chat"
    assert client._config.url_for("/v3/ai/providers") == "https://app-gatewayv2.imbrace.co/v3/ai/providers"
    with pytest.raises(InvalidRequestError, match="unknown service"):
        ImbraceClient(api_key="k", services={"nope": "https://x"})


def test_bad_arguments_name_the_parameter() -> None:
    for kwargs, param in (
        ({"api_key": ""}, "api_key"),
        ({"timeout": -1}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
    ):
        with pytest.raises(InvalidRequestError) as info:
            ImbraceClient(**kwargs)  # type: ignore[arg-type]
        assert info.value.param == param


def test_repr_hides_secrets() -> None:
    client = ImbraceClient(api_key="api_supersecret", access_token="acc_supersecret")
    assert "supersecret" not in repr(client) and "supersecret" not in repr(client._config)


def test_with_options_shares_the_pool_and_keeps_the_original() -> None:
    client = ImbraceClient(api_key="k", max_retries=2)
    copy = client.with_options(max_retries=5, timeout=3)
    assert copy.max_retries == 5 and copy.timeout.read == 3
    assert client.max_retries == 2
    assert copy._transport.client is client._transport.client


def test_import_and_construction_stay_lazy() -> None:
    code = (
        "import sys, imbrace; c = imbrace.ImbraceClient(api_key='k');"
        "print(sorted(m for m in sys.modules if m.startswith(('imbrace_generated', 'imbrace.resources'))));"
        "print(c._transport._client is None)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    assert out.splitlines() == ["[]", "True"]
