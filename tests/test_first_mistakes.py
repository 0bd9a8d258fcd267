"""Making mistakes (issue 16), the way a new user makes them: no credential, bad chat input, and the chat's
user lookup they never asked for."""

from __future__ import annotations

import httpx
import pytest

from imbrace import (
    AsyncImbraceClient,
    AuthenticationError,
    AuthError,
    ImbraceClient,
    InvalidRequestError,
    MissingCredentialError,
    ServiceUnavailableError,
)
from imbrace.testing import DEMO_ASSISTANT_ID, MockServer

USER_LOOKUP = "/ai-agent/chat-client/auth/user"


def ask(text: str = "Hi") -> dict[str, object]:
    return {"assistant_id": DEMO_ASSISTANT_ID, "messages": [{"role": "user", "content": text}]}


class Recorder(httpx.BaseTransport):
    """Forwards to the mock and records each request's path; can answer a path with 503 a few times."""

    def __init__(self, fail: dict[str, int] | None = None) -> None:
        self.inner = httpx.HTTPTransport()
        self.paths: list[str] = []
        self.fail = dict(fail or {})

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        if self.fail.get(request.url.path, 0) > 0:
            self.fail[request.url.path] -= 1
            return httpx.Response(503, json={"message": "try again"}, request=request)
        return self.inner.handle_request(request)


def test_a_client_with_no_credential_refuses_before_sending_naming_what_to_set(
    imbrace_mock: MockServer,
) -> None:
    recorder = Recorder()
    client = ImbraceClient(base_url=imbrace_mock.url, http_client=httpx.Client(transport=recorder))
    assert "auth=none" in repr(client)
    with pytest.raises(MissingCredentialError) as info:
        client.platform.get_me()
    assert recorder.paths == []  # nothing was sent
    message = str(info.value)
    for name in ("api_key", "access_token", "IMBRACE_API_KEY", "IMBRACE_ACCESS_TOKEN", "client.login"):
        assert name in message, name
    assert message.startswith("get_me (GET /platform/v1/users/_me) needs a credential")
    # Code written for the server's 401 still catches it.
    assert isinstance(info.value, AuthError) and info.value.status_code == 401
    with pytest.raises(MissingCredentialError):
        list(client.ai_agent.stream_chat_text(ask()))
    assert recorder.paths == []


async def test_an_async_client_with_no_credential_refuses_before_sending(imbrace_mock: MockServer) -> None:
    async with AsyncImbraceClient(base_url=imbrace_mock.url) as client:
        with pytest.raises(MissingCredentialError, match="list_boards .* needs a credential"):
            await client.boards.list()


def test_without_arguments_the_client_constructs_and_sign_in_and_health_need_no_credential(
    imbrace_mock: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IMBRACE_BASE_URL", imbrace_mock.url)
    client = ImbraceClient()  # the docs build it this way, then sign in
    client.init()  # health: GET /
    assert client.health.check()["status"] == "ok"
    client.request_otp("user@example.com")
    client.login_with_otp("user@example.com", imbrace_mock.outbox[-1]["code"])
    assert client.platform.get_me()["email"] == "user@example.com"


def test_a_credential_from_the_environment_or_a_header_counts(
    imbrace_mock: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IMBRACE_BASE_URL", imbrace_mock.url)
    monkeypatch.setenv("IMBRACE_API_KEY", "api_from_env")
    assert ImbraceClient().platform.get_me()["organization_id"] == "org_demo"
    monkeypatch.delenv("IMBRACE_API_KEY")
    headers = ImbraceClient(default_headers={"x-api-key": "api_in_a_header"})
    assert headers.platform.get_me()["organization_id"] == "org_demo"
    own = ImbraceClient(http_client=httpx.Client(headers={"x-api-key": "api_on_my_client"}))
    assert own.platform.get_me()["organization_id"] == "org_demo"


def test_stream_helpers_check_their_input_when_called_not_when_iterated(imbrace_mock: MockServer) -> None:
    client = ImbraceClient(base_url=imbrace_mock.url, api_key="api_test")
    with pytest.raises(InvalidRequestError, match="assistant_id"):
        client.ai_agent.stream_chat_text({"messages": []})
    with pytest.raises(InvalidRequestError, match="assistant_id"):
        client.ai_agent.stream_chat_events({"messages": []})
    with pytest.raises(InvalidRequestError, match="model"):
        client.ai.stream({"messages": []})
    session = client.ai_agent.session(DEMO_ASSISTANT_ID)
    with pytest.raises(InvalidRequestError, match="message"):
        session.stream("")
    assert "".join(session.stream("Hi")) and "1 turn" in repr(session)
    assert repr(session).startswith(f"<ChatSession {session.id} with assistant {DEMO_ASSISTANT_ID!r}, open")


async def test_async_stream_helpers_check_their_input_when_called(imbrace_mock: MockServer) -> None:
    async with AsyncImbraceClient(base_url=imbrace_mock.url, api_key="api_test") as client:
        with pytest.raises(InvalidRequestError, match="assistant_id"):
            client.ai_agent.stream_chat_text({"messages": []})
        session = client.ai_agent.session(DEMO_ASSISTANT_ID)
        with pytest.raises(InvalidRequestError, match="message"):
            session.stream("   ")
        assert "".join([text async for text in session.stream("Hi")])


@pytest.mark.imbrace_mock(delta_delay_ms=0)
def test_the_chat_user_is_looked_up_once_per_client_and_cached(imbrace_mock: MockServer) -> None:
    recorder = Recorder()
    client = ImbraceClient(
        base_url=imbrace_mock.url, api_key="api_test", http_client=httpx.Client(transport=recorder)
    )
    for _ in range(3):
        assert "".join(client.ai_agent.stream_chat_text(ask()))
    assert "".join(client.with_options(timeout=30).ai_agent.stream_chat_text(ask()))  # a copy shares it
    with client.ai_agent.session(DEMO_ASSISTANT_ID) as chat:
        chat.send("Hi")
    assert recorder.paths.count(USER_LOOKUP) == 1
    assert recorder.paths.count("/ai-agent/v2/chat") == 5


def test_the_chat_user_lookup_is_retried_like_an_idempotent_call(imbrace_mock: MockServer) -> None:
    recorder = Recorder(fail={USER_LOOKUP: 1})
    client = ImbraceClient(
        base_url=imbrace_mock.url, api_key="api_test", http_client=httpx.Client(transport=recorder)
    )
    assert "".join(client.ai_agent.stream_chat_text(ask()))
    assert recorder.paths[:3] == [USER_LOOKUP, USER_LOOKUP, "/ai-agent/v2/chat"]


def test_a_failed_chat_user_lookup_says_it_happened_while_starting_the_chat(imbrace_mock: MockServer) -> None:
    recorder = Recorder(fail={USER_LOOKUP: 10})
    client = ImbraceClient(
        base_url=imbrace_mock.url,
        api_key="api_test",
        max_retries=0,
        http_client=httpx.Client(transport=recorder),
    )
    with pytest.raises(ServiceUnavailableError) as info:
        list(client.ai_agent.stream_chat_text(ask()))
    assert str(info.value).startswith("Could not start the chat")
    assert info.value.message.startswith("Could not start the chat") and "user_id" in info.value.message
    assert info.value.status_code == 503
    assert "/ai-agent/v2/chat" not in recorder.paths


def test_a_rejected_key_fails_while_starting_the_chat_with_an_auth_error() -> None:
    with (
        MockServer(strict_auth=True, delta_delay_ms=0) as server,
        ImbraceClient(base_url=server.url, api_key="api_made_up") as client,
    ):
        with pytest.raises(AuthenticationError, match="^Could not start the chat"):
            list(client.ai_agent.stream_chat_text(ask()))
        # With user_id in the body there is no lookup: the chat itself answers.
        with pytest.raises(AuthenticationError) as info:
            list(client.ai_agent.stream_chat_text({**ask(), "user_id": "u1"}))
        assert not str(info.value).startswith("Could not start the chat")
