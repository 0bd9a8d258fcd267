"""Credentials stay with their origin: redirects, absolute URLs from responses, plain HTTP."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from imbrace import APIStatusError, AsyncImbraceClient, ImbraceClient, ImbraceError, InvalidRequestError

KEY = "api_live_secret_4242"
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2ln"
GW = "https://gw.example.com"
CREDENTIALS = ("x-api-key", "x-access-token", "authorization", "x-organization-id")


class Recorder:
    """A fake network: ``routes`` maps a full URL to a response; every request is kept."""

    def __init__(self, routes: dict[str, httpx.Response]) -> None:
        self.routes = routes
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        url = str(request.url.copy_with(query=None))
        return self.routes.get(url, httpx.Response(404, json={"message": "nowhere"}))

    def sent_to(self, host: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.host == host]


def redirect(location: str, status: int = 302) -> httpx.Response:
    return httpx.Response(status, headers={"location": location})


VERSION = httpx.Response(200, json={"version": "1"})


def client_for(net: Recorder, *, follow: bool = False, **kwargs: Any) -> ImbraceClient:
    auth: dict[str, Any] = kwargs or {"api_key": KEY}
    http = httpx.Client(transport=httpx.MockTransport(net), follow_redirects=follow)
    return ImbraceClient(base_url=GW, http_client=http, **auth)


def test_same_origin_redirect_of_a_get_is_followed() -> None:
    net = Recorder(
        {
            f"{GW}/ai-agent/version": redirect("/ai-agent/v2/version"),
            f"{GW}/ai-agent/v2/version": VERSION,
        }
    )
    with client_for(net) as client:
        assert client.ai_agent.get_version()["version"] == "1"
    assert [r.headers["x-api-key"] for r in net.requests] == [KEY, KEY]


@pytest.mark.parametrize(
    "location",
    [
        "https://evil.example.com/steal",
        "//evil.example.com/steal",
        "http://gw.example.com/ai-agent/version",  # a downgrade to plain HTTP is another origin
        "https://gw.example.com:8443/ai-agent/version",
        "https://user:pw@evil.example.com/",
    ],
)
@pytest.mark.parametrize("follow", [False, True])  # even a user's client with follow_redirects=True
@pytest.mark.parametrize(
    "auth",
    [
        {"api_key": KEY},
        {"access_token": JWT, "organization_id": "org_1"},
        {"access_token": "acc_tok_123", "organization_id": "org_1"},
    ],
)
def test_cross_origin_redirect_is_refused_and_carries_no_credentials(
    location: str, follow: bool, auth: dict[str, Any]
) -> None:
    net = Recorder({f"{GW}/ai-agent/version": redirect(location)})
    with client_for(net, follow=follow, **auth) as client, pytest.raises(APIStatusError) as info:
        client.ai_agent.get_version()
    assert len(net.requests) == 1 and net.requests[0].url.host == "gw.example.com"
    assert "another origin" in str(info.value) and info.value.status_code == 302
    assert KEY not in str(info.value) and "acc_tok_123" not in str(info.value)


def test_post_redirects_are_not_followed() -> None:
    net = Recorder({f"{GW}/ai-agent/chat-client/auth/user": redirect("/elsewhere", 307)})
    with client_for(net) as client, pytest.raises(APIStatusError, match="POST requests are not redirected"):
        client.ai_agent.get_chat_client_user({})
    assert len(net.requests) == 1


def test_redirect_loops_stop() -> None:
    net = Recorder({f"{GW}/ai-agent/version": redirect("/ai-agent/version")})
    with client_for(net) as client, pytest.raises(APIStatusError, match="more than 5 redirects"):
        client.ai_agent.get_version()
    assert len(net.requests) == 6


@pytest.mark.parametrize("location", ["javascript:alert(1)", "file:///etc/passwd"])
def test_redirect_to_a_non_http_scheme_is_refused(location: str) -> None:
    net = Recorder({f"{GW}/ai-agent/version": redirect(location)})
    with client_for(net) as client, pytest.raises(ImbraceError):
        client.ai_agent.get_version()
    assert len(net.requests) == 1


async def test_async_redirects_follow_the_same_rules() -> None:
    net = Recorder(
        {
            f"{GW}/ai-agent/version": redirect("/ai-agent/v2/version", 301),
            f"{GW}/ai-agent/v2/version": redirect("https://evil.example.com/x", 308),
        }
    )
    http = httpx.AsyncClient(transport=httpx.MockTransport(net), follow_redirects=True)
    async with AsyncImbraceClient(base_url=GW, api_key=KEY, http_client=http) as client:
        with pytest.raises(APIStatusError, match="another origin"):
            await client.ai_agent.get_version()
    assert not net.sent_to("evil.example.com") and len(net.requests) == 2


# -- absolute URLs that a response supplies (download links, next pages) ---------------------------
@pytest.mark.parametrize("stream", [False, True])
def test_absolute_url_to_another_origin_gets_no_credentials(stream: bool) -> None:
    net = Recorder({"https://files.example.net/f/1": httpx.Response(200, content=b"data")})
    with client_for(net, access_token=JWT, organization_id="org_1") as client:
        response = client._transport.send(
            {"method": "GET", "url": "https://files.example.net/f/1", "headers": {"x-api-key": "sneaky"}},
            client._options.__class__(extra_headers={"authorization": "Bearer x", "x-trace": "t"}),
            stream=stream,
        )
        response.close()
    sent = net.requests[0]
    assert not any(h in sent.headers for h in CREDENTIALS) and sent.headers["x-trace"] == "t"


def test_absolute_url_on_our_own_origins_keeps_credentials() -> None:
    net = Recorder(
        {
            f"{GW}/ai-agent/version": VERSION,
            "https://ai.internal.example/v3/ai/x": VERSION,
            "https://ai.internal.example:444/v3/ai/x": VERSION,
        }
    )
    http = httpx.Client(transport=httpx.MockTransport(net))
    with ImbraceClient(
        base_url=GW, api_key=KEY, services={"ai": "https://ai.internal.example/v3/ai"}, http_client=http
    ) as client:
        client._transport.send({"method": "GET", "url": f"{GW}/ai-agent/version"})
        client._transport.send({"method": "GET", "url": "https://ai.internal.example/v3/ai/x"})
        client._transport.send({"method": "GET", "url": "https://ai.internal.example:444/v3/ai/x"})
    assert [r.headers.get("x-api-key") for r in net.requests] == [KEY, KEY, None]


# -- no plain HTTP by accident ---------------------------------------------------------------------
@pytest.mark.parametrize("url", ["http://gw.example.com", "http://10.0.0.5:8080", "http://127.example.com"])
@pytest.mark.parametrize("auth", [{"api_key": KEY}, {"access_token": "acc_1"}])
def test_plain_http_with_credentials_is_refused(url: str, auth: dict[str, str]) -> None:
    with pytest.raises(InvalidRequestError, match="plain HTTP") as info:
        ImbraceClient(base_url=url, **auth)
    assert KEY not in str(info.value)


def test_plain_http_service_override_is_refused_too() -> None:
    with pytest.raises(InvalidRequestError, match=r"services\['ai'\]"):
        ImbraceClient(base_url=GW, api_key=KEY, services={"ai": "http://ai.example.com/v3/ai"})


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8765", "http://localhost:1", "http://[::1]:80", "http://app.localhost"]
)
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    ImbraceClient(base_url=url, api_key=KEY)


def test_plain_http_needs_an_explicit_opt_in_or_no_credentials() -> None:
    ImbraceClient(base_url="http://gw.example.com", api_key=KEY, allow_insecure_http=True)
    ImbraceClient(base_url="http://gw.example.com")
