"""The official SDK's names, so code written for it runs unchanged, against the mock.

* ``ImbraceError``, ``AuthError``, ``ApiError``, ``NetworkError`` (docs: sdk/error-handling): AuthError is 401
  and 403, ApiError every other status error (a sibling of AuthError), NetworkError no answer at all; our
  finer classes are their subclasses. The page's Python snippets run here as written, except that their
  calls (``platform.get_me``, ``contacts.get``/``update``) are namespaces we do not cover yet, so each uses
  the nearest call we have that fails the same way.
* Both generations of environment variable names (``IMBRACE_GATEWAY_URL``/``IMBRACE_BASE_URL``,
  ``IMBRACE_ORGANIZATION_ID``/``IMBRACE_ORG_ID``).
* ``delete_chat`` takes the docs' ``organization_id``/``user_id`` without refusing the call.
* An unknown body field is refused before sending, with a message saying how to send it anyway.
"""

from __future__ import annotations

import socket
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import imbrace
import imbrace.types
from imbrace import AsyncImbraceClient, ImbraceClient, InvalidRequestError, NotFoundError
from imbrace.testing import DEMO_ASSISTANT_ID, MockServer

STATUS_CLASSES = {
    400: imbrace.BadRequestError,
    401: imbrace.AuthenticationError,
    403: imbrace.PermissionDeniedError,
    404: imbrace.NotFoundError,
    409: imbrace.ConflictError,
    418: imbrace.OtherStatusError,
    429: imbrace.RateLimitError,
    500: imbrace.InternalServerError,
    503: imbrace.ServiceUnavailableError,
    302: imbrace.OtherStatusError,
}


# -- the error families -------------------------------------------------------------------------------
def test_the_official_names_import_from_imbrace_and_imbrace_types() -> None:
    from imbrace import ApiError, AuthError, ImbraceError, NetworkError

    for error in (ImbraceError, AuthError, ApiError, NetworkError):
        assert getattr(imbrace.types, error.__name__) is error
        assert error.__name__ in imbrace.__all__ and error.__name__ in imbrace.types.__all__
    for family in (AuthError, ApiError, NetworkError):
        assert family.__bases__ == (ImbraceError,)  # siblings, as the docs draw them


@pytest.mark.parametrize("status", sorted(STATUS_CLASSES))
def test_every_status_error_is_exactly_one_family(status: int) -> None:
    error = imbrace.APIStatusError(f"{status} from GET /x", status_code=status)  # the class for the status
    assert type(error) is STATUS_CLASSES[status]
    assert isinstance(error, imbrace.AuthError) is (status in (401, 403))
    assert isinstance(error, imbrace.ApiError) is (status not in (401, 403))
    assert not isinstance(error, imbrace.NetworkError)
    assert (error.status_code, error.message) == (status, f"{status} from GET /x")


def test_network_errors_have_no_status() -> None:
    for error in (imbrace.APIConnectionError("refused"), imbrace.APITimeoutError("timed out")):
        assert isinstance(error, imbrace.NetworkError) and not isinstance(error, imbrace.ApiError)
        assert error.status_code is None and error.message in ("refused", "timed out")


# -- the page's snippets, against the mock -------------------------------------------------------------
@pytest.fixture
def anonymous(imbrace_mock: MockServer) -> Iterator[ImbraceClient]:
    """A client with no credentials: the mock answers 401."""
    with ImbraceClient(base_url=imbrace_mock.url, max_retries=0) as c:
        yield c


@pytest.fixture
def refused_url() -> str:
    """A loopback URL nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def test_auth_error_snippet(anonymous: ImbraceClient, capsys: pytest.CaptureFixture[str]) -> None:
    from imbrace import AuthError

    client = anonymous
    try:
        me = client.boards.list()  # docs: client.platform.get_me()
    except AuthError as e:
        print(f"Auth failed: {e}")
        # Re-authenticate before retrying
    # No credential at all: refused before sending, naming what to pass (issue 16); still an AuthError.
    assert capsys.readouterr().out.startswith(
        "Auth failed: list_boards (GET /data-board/boards) needs a credential"
    )
    assert "me" not in locals()


def test_auth_error_covers_403_and_is_never_retried() -> None:
    with (
        MockServer(faults="403:1") as server,
        ImbraceClient(base_url=server.url, api_key="api_test") as client,
    ):
        with pytest.raises(imbrace.AuthError) as info:
            client.boards.list()
        assert isinstance(info.value, imbrace.PermissionDeniedError) and info.value.status_code == 403
        assert info.value.retries_taken == 0 and server.faults is not None
        assert sum(server.faults.injected.values()) == 1


def test_api_error_snippet(client: ImbraceClient, capsys: pytest.CaptureFixture[str]) -> None:
    from imbrace import ApiError

    try:
        client.boards.get("nonexistent_id")  # docs: client.contacts.get("nonexistent_id")
    except ApiError as e:
        print(f"HTTP {e.status_code}: {e}")
        # e.g. "HTTP 404: Contact not found"
    assert capsys.readouterr().out.startswith("HTTP 404: ")


def test_network_error_snippet(refused_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from imbrace import NetworkError

    client = ImbraceClient(base_url=refused_url, api_key="api_test", max_retries=0)
    try:
        client.boards.list()  # docs: client.platform.get_me()
    except NetworkError as e:
        print(f"Network error: {e}")
        # e.g. "Network error or timeout: ConnectTimeout(...)"
    client.close()
    assert capsys.readouterr().out.startswith("Network error: ")


def test_a_timeout_is_a_network_error() -> None:
    with (
        MockServer(faults="stall:1", stall_seconds=1.0) as server,
        ImbraceClient(base_url=server.url, api_key="api_test", timeout=0.2, max_retries=0) as client,
        pytest.raises(imbrace.NetworkError) as info,
    ):
        client.boards.list()
    assert isinstance(info.value, imbrace.APITimeoutError) and info.value.status_code is None


def _catch_all(client: ImbraceClient, call: str) -> str:
    """The page's catch-all snippet; the handlers record which one ran."""
    from imbrace import ApiError, AuthError, ImbraceError, NetworkError

    handled: list[str] = []
    handle_auth_error = handle_api_error = handle_network_error = handle_unknown_sdk_error = handled.append

    calls: dict[str, Callable[[], Any]] = {
        "auth": client.boards.list,
        "api": lambda: client.boards.get("nonexistent_id"),
        "network": client.boards.list,
        "stream": lambda: list(client.ai.stream({"model": "Default", "messages": []})),
    }
    get_me = calls[call]  # docs: client.platform.get_me(); each case a call that fails its way

    try:
        result = get_me()
    except AuthError:
        handle_auth_error("auth")
    except ApiError:
        handle_api_error("api")
    except NetworkError:
        handle_network_error("network")
    except ImbraceError as e:
        handle_unknown_sdk_error(type(e).__name__)
    assert "result" not in locals()
    (name,) = handled
    return name


def test_catch_all_snippet(
    imbrace_mock: MockServer, anonymous: ImbraceClient, client: ImbraceClient, refused_url: str
) -> None:
    assert _catch_all(anonymous, "auth") == "auth"
    assert _catch_all(client, "api") == "api"
    with ImbraceClient(base_url=refused_url, api_key="api_test", max_retries=0) as offline:
        assert _catch_all(offline, "network") == "network"
    assert _catch_all(client, "stream") == "InvalidRequestError"  # refused before sending


def test_best_practices_snippet(imbrace_mock: MockServer, capsys: pytest.CaptureFixture[str]) -> None:
    from imbrace import ApiError, AuthError

    # 1. Use a context manager so connections are closed deterministically
    with ImbraceClient(base_url=imbrace_mock.url, max_retries=0) as client:

        def refresh_credentials(client: ImbraceClient) -> None:
            client.set_access_token("acc_refreshed")

        # 2. Handle AuthError separately — credentials need refresh before retrying
        def safe_get_me(client: ImbraceClient) -> Any:
            try:
                return client.boards.list()  # docs: client.platform.get_me()
            except AuthError:
                refresh_credentials(client)
                return client.boards.list()

        assert isinstance(safe_get_me(client), list)

        # 3. Branch on status_code for ApiError
        data = {"name": "Support Bot", "workflow_name": f"wf_{uuid.uuid4().hex[:8]}", "streaming": True}
        client.chat_ai.create_ai_agent(data)
        try:
            client.chat_ai.create_ai_agent(data)  # docs: client.contacts.update(contact_id, data)
        except ApiError as e:
            if e.status_code == 409:
                print("Conflict — contact has been modified")
            elif e.status_code == 400:
                print(f"Invalid data: {e}")
    assert capsys.readouterr().out == "Conflict — contact has been modified\n"


async def test_async_error_handling_snippet(
    imbrace_mock: MockServer, capsys: pytest.CaptureFixture[str]
) -> None:
    from imbrace import ApiError, AsyncImbraceClient, AuthError

    for api_key in (None, "api_test"):  # no credential: 401; then a missing board: 404
        async with AsyncImbraceClient(base_url=imbrace_mock.url, api_key=api_key, max_retries=0) as client:
            try:
                me = await client.boards.get("nonexistent_id")  # docs: client.platform.get_me()
            except AuthError:
                print("Re-authenticate")
            except ApiError as e:
                print(f"[{e.status_code}] {e}")
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Re-authenticate" and out[1].startswith("[404] 404 from GET ")
    assert "me" not in locals()


# -- environment variables ------------------------------------------------------------------------------
@pytest.mark.parametrize("gateway_name", ["IMBRACE_GATEWAY_URL", "IMBRACE_BASE_URL"])
@pytest.mark.parametrize("organization_name", ["IMBRACE_ORGANIZATION_ID", "IMBRACE_ORG_ID"])
def test_both_generations_of_environment_names(
    imbrace_mock: MockServer, monkeypatch: pytest.MonkeyPatch, gateway_name: str, organization_name: str
) -> None:
    monkeypatch.setenv(gateway_name, imbrace_mock.url)
    monkeypatch.setenv(organization_name, "org_from_env")
    monkeypatch.setenv("IMBRACE_ACCESS_TOKEN", "acc_env")
    with ImbraceClient(max_retries=0) as client:
        assert client.base_url == imbrace_mock.url and client.organization_id == "org_from_env"
        assert client._config.auth_headers()["x-organization-id"] == "org_from_env"
        assert client.boards.list() == []  # reached through the variable; org_from_env has no boards


def test_the_current_organization_name_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IMBRACE_ORG_ID", "org_old")
    monkeypatch.setenv("IMBRACE_ORGANIZATION_ID", "org_new")
    assert ImbraceClient(api_key="k").organization_id == "org_new"
    assert ImbraceClient(api_key="k", organization_id="org_arg").organization_id == "org_arg"


# -- no guard beyond the evidence --------------------------------------------------------------------------
def test_legacy_v1_delete_chat_of_a_streamed_chat(client: ImbraceClient) -> None:
    chat_id = str(uuid.uuid4())
    body = {"id": chat_id, "assistant_id": DEMO_ASSISTANT_ID, "messages": [{"role": "user", "content": "Hi"}]}
    assert "".join(client.ai_agent.stream_chat_text(body))  # the chat is the caller's (the mock's demo user)

    chats = client.ai_agent.list_chats(
        organization_id="org_abc",
        user_id="user_123",
        limit=20,
    )

    chat = client.ai_agent.get_chat(chat_id, include_messages=True)

    client.ai_agent.delete_chat(
        chat_id,
        organization_id="org_abc",
        user_id="user_123",
    )
    assert chats == [] and chat["id"] == chat_id
    with pytest.raises(NotFoundError):
        client.ai_agent.get_chat(chat_id)


async def test_async_delete_chat_sends_only_the_chat_id(
    aclient: AsyncImbraceClient, imbrace_mock: MockServer
) -> None:
    chat_id = str(uuid.uuid4())
    body = {"id": chat_id, "assistant_id": DEMO_ASSISTANT_ID, "messages": [{"role": "user", "content": "Hi"}]}
    assert [text async for text in aclient.ai_agent.stream_chat_text(body)]
    await aclient.ai_agent.delete_chat(chat_id, organization_id="org_other", user_id="someone_else")
    with pytest.raises(NotFoundError):
        await aclient.ai_agent.get_chat(chat_id)


# -- unknown fields ------------------------------------------------------------------------------------
def test_an_unknown_field_is_refused_with_the_way_to_send_it(client: ImbraceClient) -> None:
    body = {"name": "Bot", "workflow_name": "wf_unknown_field", "brand_new_flag": True}
    with pytest.raises(InvalidRequestError) as info:
        client.chat_ai.create_ai_agent(body)
    message = str(info.value)
    assert info.value.param == "body.brand_new_flag"
    assert "is not a known field" in message and "extra_body={'brand_new_flag': ...}" in message
    assert "extra_query" in message and "extra_headers" in message
    # Sent as the message says, it reaches the server, which has the last word (the mock knows the spec).
    with pytest.raises(imbrace.ApiError) as sent:
        client.chat_ai.create_ai_agent(
            {"name": "Bot", "workflow_name": "wf_unknown_field"}, extra_body={"brand_new_flag": True}
        )
    assert sent.value.status_code == 400 and "brand_new_flag" in str(sent.value)


def test_a_nested_unknown_field_names_the_top_level_value_to_send(client: ImbraceClient) -> None:
    body = {"model": "Default", "messages": [{"role": "user", "content": "hi", "mood": "happy"}]}
    with pytest.raises(InvalidRequestError) as info:
        client.ai.complete(body)
    assert info.value.param.endswith(".mood")
    assert "extra_body={'messages': ...} with the whole 'messages' value" in str(info.value)
