"""Sign-in end to end against the mock: ``client.auth``, ``client.api_keys`` and the client's helpers
(``login``, ``login_with_otp``, ``request_otp``, ``select_organization``, ``set_access_token``,
``clear_access_token``, ``init``), sync and async.

The mock issues real credentials (``imbrace/testing/_identity.py``): a login token that can only list the
user's organizations, organization access tokens, API keys that stop working once revoked. The seeded
people are in the README; ``MockServer(strict_auth=True)`` accepts only what it issued.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx
import pytest

from imbrace import (
    AsyncImbraceClient,
    AuthenticationError,
    AuthError,
    ConflictError,
    ImbraceClient,
    InvalidRequestError,
    PermissionDeniedError,
)
from imbrace.testing import DEMO_API_KEY, DEMO_ORGANIZATION_ID, MockServer

ACME = "org_acme"


@pytest.fixture
def server() -> Iterator[MockServer]:
    with MockServer(strict_auth=True, delta_delay_ms=0) as server:
        yield server


@pytest.fixture
def anon(server: MockServer) -> Iterator[ImbraceClient]:
    with ImbraceClient(base_url=server.url, max_retries=2) as client:
        yield client


def _counting_client(server: MockServer, seen: list[str]) -> ImbraceClient:
    hooks = {"request": [lambda request: seen.append(f"{request.method} {request.url.path}")]}
    return ImbraceClient(base_url=server.url, max_retries=3, http_client=httpx.Client(event_hooks=hooks))


# -- the docs' flows -------------------------------------------------------------------------------------
def test_otp_login_select_organization_then_any_namespace(server: MockServer, anon: ImbraceClient) -> None:
    anon.request_otp("user@example.com")
    assert server.outbox[-1] == {"to": "user@example.com", "kind": "otp", "code": "123456"}
    res = anon.login_with_otp("user@example.com", server.outbox[-1]["code"])
    assert res["token"].startswith("login_acc_")
    assert [o["organization_id"] for o in res["organizations"]] == [DEMO_ORGANIZATION_ID]
    anon.select_organization(res["organizations"][0]["organization_id"])
    me = anon.platform.get_me()
    assert (me["email"], me["organization_id"]) == ("user@example.com", DEMO_ORGANIZATION_ID)
    assert anon.auth_mode == "access_token" and anon.organization_id == DEMO_ORGANIZATION_ID
    assert isinstance(anon.boards.list()["data"], list)


def test_password_login_of_a_one_organization_user_is_ready_at_once(anon: ImbraceClient) -> None:
    anon.login("user@example.com", "password123")
    assert anon.platform.get_me()["email"] == "user@example.com"


def test_a_login_token_only_lists_organizations(server: MockServer, anon: ImbraceClient) -> None:
    res = anon.login("owner@example.com", "owner-password")
    assert [o["organization_id"] for o in res["organizations"]] == [DEMO_ORGANIZATION_ID, ACME]
    assert anon.organization_id is None  # two organizations: the user picks one
    with pytest.raises(PermissionDeniedError, match="login token .* can only list") as caught:
        anon.platform.get_me()
    assert res["token"] not in str(caught.value)
    anon.select_organization(ACME)
    assert anon.platform.get_me()["id"] == "user_owner_acme"
    anon.select_organization(DEMO_ORGANIZATION_ID)  # switch while the login token lasts
    assert anon.platform.get_me()["id"] == "user_owner"


def test_select_an_organization_the_user_is_not_in(anon: ImbraceClient) -> None:
    anon.login("ops@acme.example", "acme-password")
    with pytest.raises(PermissionDeniedError, match="does not belong"):
        anon.select_organization(DEMO_ORGANIZATION_ID)


def test_two_organizations_never_see_each_others_data(server: MockServer) -> None:
    demo, acme = ImbraceClient(base_url=server.url), ImbraceClient(base_url=server.url)
    demo.login("demo@example.com", "demo-password")
    acme.login("ops@acme.example", "acme-password")
    board = demo.boards.create("Demo only")
    assert {u["email"] for u in acme.platform.list_users()["data"]} == {
        "owner@example.com",
        "ops@acme.example",
    }
    assert board["_id"] not in [b["_id"] for b in acme.boards.list()["data"]]
    with pytest.raises(Exception, match="404"):
        acme.boards.get(board["_id"])
    # An organization override the credential does not cover is refused, not obeyed.
    sneaky = ImbraceClient(
        base_url=server.url, access_token=acme._config.access_token or "", organization_id="org_demo"
    )
    with pytest.raises(PermissionDeniedError, match="does not give access"):
        sneaky.platform.get_me()


# -- wrong credentials -----------------------------------------------------------------------------------
def test_wrong_password_is_an_auth_error_sent_once(server: MockServer) -> None:
    seen: list[str] = []
    client = _counting_client(server, seen)
    with pytest.raises(AuthError) as caught:
        client.login("user@example.com", "not-the-password")
    assert isinstance(caught.value, AuthenticationError) and caught.value.status_code == 401
    assert "not-the-password" not in str(caught.value) and "not-the-password" not in repr(caught.value)
    assert seen == ["POST /platform/v1/login/authenticate"]  # no retry
    assert client.auth_mode == "none"


def test_wrong_reused_or_expired_otp(server: MockServer, anon: ImbraceClient) -> None:
    anon.request_otp("user@example.com")
    with pytest.raises(AuthError, match="one-time code"):
        anon.login_with_otp("user@example.com", "000000")
    anon.request_otp("user@example.com")
    anon.login_with_otp("user@example.com", "123456")
    with pytest.raises(AuthError, match="one-time code"):  # a code is good once
        anon.login_with_otp("user@example.com", "123456")
    anon.request_otp("user@example.com")
    server.advance(11 * 60)
    with pytest.raises(AuthError, match="one-time code"):
        anon.login_with_otp("user@example.com", "123456")


def test_unknown_address_gets_no_code_and_the_same_answer(server: MockServer, anon: ImbraceClient) -> None:
    anon.request_otp("nobody@example.com")
    assert server.outbox == []


def test_random_codes_arrive_in_the_outbox() -> None:
    with MockServer(otp_code=None) as server, ImbraceClient(base_url=server.url) as client:
        client.request_otp("demo@example.com")
        code = server.outbox[-1]["code"]
        assert len(code) == 6 and code.isdigit()
        client.login_with_otp("demo@example.com", code)
        assert client.platform.get_me()["email"] == "demo@example.com"


def test_expired_login_token_names_the_credential_not_its_value(
    server: MockServer, anon: ImbraceClient
) -> None:
    res = anon.login("owner@example.com", "owner-password")
    server.advance(3 * 3600 + 1)
    with pytest.raises(AuthenticationError, match=r"login token \(x-access-token\) has expired") as caught:
        anon.select_organization(ACME)
    assert res["token"] not in str(caught.value)


def test_strict_auth_accepts_only_issued_credentials(server: MockServer) -> None:
    with pytest.raises(AuthenticationError, match="not issued by this server"):
        ImbraceClient(base_url=server.url, api_key="api_made_up").platform.get_me()
    assert ImbraceClient(base_url=server.url, api_key=DEMO_API_KEY).platform.get_me()["id"] == "user_demo"


def test_by_default_any_credential_is_the_demo_user() -> None:
    with MockServer() as server:
        me = ImbraceClient(base_url=server.url, api_key="anything").platform.get_me()
        assert me["id"] == "user_demo"


def test_clear_access_token_signs_out(anon: ImbraceClient) -> None:
    anon.login("user@example.com", "password123")
    anon.clear_access_token()
    assert anon.auth_mode == "none"
    from imbrace import MissingCredentialError

    with pytest.raises(MissingCredentialError, match="get_me .* needs a credential"):
        anon.platform.get_me()


def test_set_access_token_uses_a_token_from_elsewhere(server: MockServer, anon: ImbraceClient) -> None:
    other = ImbraceClient(base_url=server.url)
    other.login("user@example.com", "password123")
    token = other._config.access_token
    assert token is not None
    anon.set_access_token(token)
    assert anon.platform.get_me()["email"] == "user@example.com"


def test_bad_sign_in_input_is_refused_before_sending(server: MockServer) -> None:
    seen: list[str] = []
    client = _counting_client(server, seen)
    with pytest.raises(InvalidRequestError, match="email"):
        client.login("", "pw")
    with pytest.raises(InvalidRequestError, match="password") as caught:
        client.login("user@example.com", None)  # type: ignore[arg-type]
    with pytest.raises(InvalidRequestError, match="organization_id"):
        client.select_organization("  ")
    with pytest.raises(InvalidRequestError, match="expiration_days"):
        client.auth.get_third_party_token(expiration_days=0)
    with pytest.raises(InvalidRequestError, match="email"):
        client.auth.authenticate(email=42)  # type: ignore[arg-type]
    assert seen == [] and "None" not in str(caught.value).split(":")[0]


def test_login_credentials_never_reach_logs_or_reprs(
    server: MockServer, anon: ImbraceClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="imbrace"):
        res = anon.login("owner@example.com", "owner-password")
        anon.select_organization(ACME)
        anon.platform.get_me()
    secrets = [res["token"], anon._config.access_token or "", "owner-password"]
    shown = caplog.text + repr(anon) + repr(anon.auth) + repr(anon._options)
    assert caplog.records and not [s for s in secrets if s and s in shown]


def test_init_is_one_health_check_and_the_client_closes(server: MockServer) -> None:
    seen: list[str] = []
    with _counting_client(server, seen) as client:
        assert client.init() is None
    assert seen == ["GET /"]


# -- API keys --------------------------------------------------------------------------------------------
def test_minted_api_key_acts_as_the_organization_until_revoked(
    server: MockServer, anon: ImbraceClient
) -> None:
    anon.login("owner@example.com", "owner-password")
    anon.select_organization(ACME)
    res = anon.auth.get_third_party_token(expiration_days=30)
    key = res["apiKey"]["apiKey"]
    assert key.startswith("api_") and res["expires_in"] == 30 * 86400
    assert res["apiKey"]["organization_id"] == ACME
    service = ImbraceClient(base_url=server.url, api_key=key)
    assert service.platform.get_me()["organization_id"] == ACME
    listed = {k["_id"]: k for k in anon.api_keys.list()}
    assert res["apiKey"]["_id"] in listed and "token" not in listed[res["apiKey"]["_id"]]
    with pytest.raises(PermissionDeniedError, match="access token"):
        service.auth.get_third_party_token(expiration_days=1)  # an API key cannot mint keys
    anon.api_keys.delete(res["apiKey"]["_id"])
    with pytest.raises(AuthenticationError, match=r"API key \(x-api-key\) has been revoked") as caught:
        service.platform.get_me()
    assert key not in str(caught.value)
    assert anon.api_keys.list()[0]["is_active"] is False


def test_api_keys_create_returns_the_key_and_expires(server: MockServer) -> None:
    client = ImbraceClient(base_url=server.url, api_key=DEMO_API_KEY)
    client.login("demo@example.com", "demo-password")
    made = client.api_keys.create({"name": "ci", "expirationDays": 1})
    assert made["name"] == "ci" and made["token"].startswith("api_") and "apiKey" not in made
    service = ImbraceClient(base_url=server.url, api_key=made["token"])
    assert service.platform.get_me()["id"] == "user_demo"
    server.advance(86400 + 1)
    with pytest.raises(AuthenticationError, match="has expired"):
        service.platform.get_me()


class _DocsRouteGone(httpx.BaseTransport):
    """A gateway that no longer serves the docs' key route (404), as the incumbent's comments suggest."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.paths: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        if request.url.path == "/private/backend/v1/third_party_token":
            return httpx.Response(404, json={"message": "Cannot POST"})
        return self.inner.handle_request(request)


def test_third_party_token_falls_back_to_the_platform_route(server: MockServer) -> None:
    transport = _DocsRouteGone()
    client = ImbraceClient(base_url=server.url, http_client=httpx.Client(transport=transport))
    client.login("user@example.com", "password123")
    res = client.auth.get_third_party_token(expiration_days=30)
    assert res["apiKey"]["apiKey"] == res["apiKey"]["token"]  # the docs' key path works on either route
    assert transport.paths[-2:] == ["/private/backend/v1/third_party_token", "/v1/platform/third_party_token"]


# -- the rest of client.auth -----------------------------------------------------------------------------
def test_password_reset(server: MockServer, anon: ImbraceClient) -> None:
    anon.auth.forgot_password("user@example.com")
    token = server.outbox[-1]["token"]
    anon.auth.reset_password(token, "new-secret")
    with pytest.raises(AuthError):
        anon.login("user@example.com", "password123")
    anon.login("user@example.com", "new-secret")
    with pytest.raises(Exception, match="invalid or was used"):
        anon.auth.reset_password(token, "again")


def test_sign_up_waits_for_verification(server: MockServer, anon: ImbraceClient) -> None:
    made = anon.auth.sign_up({"email": "new@example.com", "password": "pw", "name": "New"})
    assert made["email"] == "new@example.com"
    assert anon.auth.verify_sign_up_check("new@example.com")["verified"] is False
    anon.auth.resend_verification_email("new@example.com")
    assert [m["kind"] for m in server.outbox if m["to"] == "new@example.com"] == ["verify", "verify"]
    with pytest.raises(PermissionDeniedError, match="verify"):
        anon.login("new@example.com", "pw")
    with pytest.raises(ConflictError):
        anon.auth.signup_with_email({"email": "new@example.com", "password": "pw"})


def test_identity_provider_sign_ins(anon: ImbraceClient) -> None:
    assert anon.auth.signin_with_google({"id_token": "google:user@example.com"})["organizations"]
    assert anon.auth.signin_sso({"code": "sso:owner@example.com", "state": "s"})["token"].startswith(
        "login_acc_"
    )
    got = anon.auth.signin_with_identity({"identity_token": "azure:demo@example.com", "provider": "azure"})
    assert got["email"] == "demo@example.com"
    assert anon.auth.sign_in("user@example.com", "password123")["organizations"]
    assert anon.auth.signin_with_email_identity({"email": "user@example.com", "password": "password123"})[
        "token"
    ]
    with pytest.raises(AuthError):
        anon.auth.signin_with_google({"id_token": "google:stranger@example.com"})
    fresh = anon.auth.signup_with_google({"id_token": "google:fresh@example.com"})
    assert fresh["organizations"] == [] and anon.auth.verify_sign_up_check("fresh@example.com")["verified"]


def test_exchange_a_token_given_in_the_body(server: MockServer, anon: ImbraceClient) -> None:
    res = anon.login("owner@example.com", "owner-password")
    got = anon.auth.exchange_access_token_with_token({"token": res["token"], "organization_id": ACME})
    assert got["token"].startswith("acc_") and got["organization_id"] == ACME
    ImbraceClient(base_url=server.url, access_token=got["token"]).platform.get_me()


def test_sso_settings_and_oidc_role_mappings(server: MockServer) -> None:
    client = ImbraceClient(base_url=server.url, api_key=DEMO_API_KEY)
    assert {g["displayName"] for g in client.auth.get_azure_groups()["groups"]} == {"Support", "Admins"}
    assert "password" in {p["type"] for p in client.auth.get_login_providers()["providers"]}
    made = client.auth.create_oidc_role_mapping({"role": "agent", "claim": "groups", "value": "grp_support"})
    assert [m["_id"] for m in client.auth.list_oidc_role_mappings()] == [made["_id"]]
    replaced = client.auth.bulk_update_oidc_role_mappings(
        {"mappings": [{"role": "admin", "claim": "groups", "value": "grp_admins"}]}
    )
    assert (
        [m["role"] for m in client.auth.list_oidc_role_mappings()]
        == ["admin"]
        == [m["role"] for m in replaced]
    )
    assert client.auth.resolve_aws_marketplace_customer({"registrationToken": "t"})["customerId"].startswith(
        "cust_"
    )


def test_upload_sign_up_photo(anon: ImbraceClient) -> None:
    got = anon.auth.upload_sign_up_photo(files={"file": ("me.png", b"\x89PNG", "image/png")})
    assert got["url"].endswith("/me.png")


# -- async -----------------------------------------------------------------------------------------------
async def test_async_sign_in_flow(server: MockServer) -> None:
    async with AsyncImbraceClient(base_url=server.url) as client:
        await client.init()
        await client.request_otp("owner@example.com")
        res = await client.login_with_otp("owner@example.com", server.outbox[-1]["code"])
        await client.select_organization(res["organizations"][1]["organization_id"])
        assert (await client.platform.get_me())["organization_id"] == ACME
        key = await client.auth.get_third_party_token(expiration_days=7)
        assert [k["_id"] for k in await client.api_keys.list()] == [key["apiKey"]["_id"]]
        await client.api_keys.delete(key["apiKey"]["_id"])
        client.clear_access_token()
        assert client.auth_mode == "none"


# -- the example and the README ------------------------------------------------------------------------------
def test_sign_in_example_runs(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import runpy
    from pathlib import Path

    monkeypatch.setattr("sys.argv", ["sign_in.py"])
    runpy.run_path(str(Path(__file__).parents[1] / "examples" / "sign_in.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert "signed in as owner@example.com in org_acme" in out
    assert "the key acts for org_acme" in out and "has been revoked" in out and "signed out" in out


def test_readme_sign_in_block_runs(capsys: pytest.CaptureFixture[str]) -> None:
    import re
    from pathlib import Path

    readme = (Path(__file__).parents[1] / "README.md").read_text()
    section = readme[readme.index("### Sign in") :]
    block = re.search(r"```python\n(.*?)```", section, re.S)
    assert block is not None
    exec(compile(block.group(1), "README.md#sign-in", "exec"), {})
    assert capsys.readouterr().out.splitlines() == ["['org_demo', 'org_acme']", "Olive Owner", "org_acme"]


def test_the_incumbents_low_level_sign_in_calls(server: MockServer, anon: ImbraceClient) -> None:
    """The official package's own names for the steps the client helpers take."""
    anon.auth.signin_email_request("owner@example.com")
    login = anon.auth.signin_with_email("owner@example.com", server.outbox[-1]["code"])
    assert login["token"].startswith("login_acc_")
    anon.set_access_token(login["token"])
    access = anon.auth.exchange_access_token(ACME)
    assert access["token"].startswith("acc_") and access["organization_id"] == ACME
    full = anon.auth.authenticate("owner@example.com", password="owner-password")
    assert len(full["organizations"]) == 2
