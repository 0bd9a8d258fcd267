"""One test per incumbent ai_agent bug the issue names (B1, B2, B5, B6, B7, B11, B12, B14): none exists here."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from imbrace import APIStatusError, AsyncImbraceClient, ImbraceClient
from imbrace.testing import DEMO_ASSISTANT_ID, MockServer

CHAT = {"assistant_id": "a1", "messages": [{"role": "user", "content": "hi"}]}
SUB = {
    "assistant_id": "a1",
    "session_id": "s1",
    "chat_id": "c1",
    "messages": [{"role": "user", "content": "hi"}],
}
ANY = re.compile(".*")


def base(httpserver: HTTPServer) -> str:
    return httpserver.url_for("").rstrip("/")


def raw_uri(httpserver: HTTPServer, n: int = 0) -> str:
    environ = httpserver.log[n][0].environ
    return str(environ.get("REQUEST_URI") or environ.get("RAW_URI"))


def new_chat(client: ImbraceClient) -> str:
    message = {"role": "user", "content": "status please"}
    return str(client.ai_agent.create_client_chat({"id": "c_status", "message": message})["id"])


def test_b1_status_stream_returns_while_the_server_still_holds_it(
    client: ImbraceClient, imbrace_mock: MockServer
) -> None:
    chat_id = new_chat(client)
    returned = threading.Event()
    held: list[bool] = []

    def gap(sent: list[int] = [0]) -> float:  # noqa: B006 (a counter local to this test)
        sent[0] += 1
        if (
            sent[0] == 3
        ):  # ": connected" and one heartbeat are out; hold the rest until the caller has returned
            held.append(returned.wait(timeout=10))
        return 0.0

    imbrace_mock.stream_gap = gap  # type: ignore[method-assign]
    stream = client.ai_agent.stream_client_chat_status(chat_id)
    returned.set()
    with stream:
        statuses = [e.json()["status"] for e in stream.iter_events()]
    assert held == [True] and statuses == ["streaming", "idle"]


def test_b1_sub_agent_chat_streams_for_real(client: ImbraceClient, imbrace_mock: MockServer) -> None:
    first = threading.Event()
    held: list[bool] = []

    def gap(sent: list[int] = [0]) -> float:  # noqa: B006
        sent[0] += 1
        if sent[0] == 5:  # start, start-step, text-start and the first delta are out
            held.append(first.wait(timeout=10))
        return 0.0

    imbrace_mock.stream_gap = gap  # type: ignore[method-assign]
    body = {**SUB, "assistant_id": DEMO_ASSISTANT_ID}
    with client.ai_agent.stream_sub_agent_chat(body) as res:
        assert res.is_event_stream
        for event in res.iter_events():
            if event.data != "[DONE]" and event.json()["type"] == "text-delta":
                first.set()
    assert held == [True]


def test_heartbeats_keep_a_slow_status_stream_within_the_read_timeout(imbrace_mock: MockServer) -> None:
    imbrace_mock.stream_gap = lambda: 0.15  # type: ignore[method-assign]
    with ImbraceClient(base_url=imbrace_mock.url, api_key="k", max_retries=0, timeout=0.5) as client:
        chat_id = new_chat(client)
        with client.ai_agent.stream_client_chat_status(
            chat_id
        ) as stream:  # ~1 s in all, 0.15 s between chunks
            assert [e.json()["status"] for e in stream.iter_events()] == ["streaming", "idle"]


def test_status_stream_can_be_closed_after_the_first_event(client: ImbraceClient) -> None:
    chat_id = new_chat(client)
    for _ in range(3):  # closing early never leaves the pool stuck
        stream = client.ai_agent.stream_client_chat_status(chat_id)
        first = next(iter(stream.iter_events()))
        stream.close()
        assert first.json() == {"chatId": chat_id, "status": "streaming"}
    assert client.ai_agent.get_client_chat(chat_id)["id"] == chat_id


def test_b2_async_sub_agent_chat_sends_the_client_organization(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/ai-agent/v2/sub-agent-chat").respond_with_data(
        "ok", content_type="text/plain"
    )

    async def run() -> str:
        async with AsyncImbraceClient(base_url=base(httpserver), api_key="k", organization_id="org_9") as c:
            res = await c.ai_agent.stream_sub_agent_chat(SUB)
            async with res:
                return (await res.aread()).decode()

    import asyncio

    assert asyncio.run(run()) == "ok"
    with ImbraceClient(base_url=base(httpserver), api_key="k", organization_id="org_9") as c:
        assert c.ai_agent.stream_sub_agent_chat(SUB).text == "ok"
    bodies = [json.loads(request.data) for request, _ in httpserver.log]
    assert [b["organization_id"] for b in bodies] == ["org_9", "org_9"]


async def test_b5_async_get_votes_works(aclient: AsyncImbraceClient) -> None:
    await aclient.ai_agent.create_client_chat(
        {"id": "c1", "message": {"id": "m1", "role": "user", "content": "x"}}
    )
    await aclient.ai_agent.update_vote({"messageId": "m1", "vote": "up"})
    votes = await aclient.ai_agent.get_votes("c1")
    assert [(v["messageId"], v["vote"], v["chatId"]) for v in votes["data"]] == [("m1", "up", "c1")]


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (lambda ai: ai.get_client_chat("x/../y?z"), "/ai-agent/chat-client/chats/x%2F..%2Fy%3Fz"),
        (
            lambda ai: ai.delete_parquet_file("exports/users.parquet"),
            "/ai-agent/parquet/exports%2Fusers.parquet",
        ),
        (lambda ai: ai.get_trace("a/b"), "/ai-agent/trace/traces/a%2Fb"),
        (
            lambda ai: ai.get_trace_tag_values("http.status_code"),
            "/ai-agent/trace/tags/http.status_code/values",
        ),
        (lambda ai: ai.get_document("d#1"), "/ai-agent/chat-client/documents/d%231"),
        (lambda ai: ai.delete_trailing_messages("m 1"), "/ai-agent/chat-client/messages/m%201/trailing"),
    ],
)
def test_b6_ids_are_percent_encoded(
    httpserver: HTTPServer, call: Callable[[Any], Any], expected: str
) -> None:
    httpserver.expect_request(ANY).respond_with_json(
        {"id": "x", "traceID": "t", "spans": [], "tagValues": []}
    )
    with ImbraceClient(base_url=base(httpserver), api_key="k") as client:
        try:
            call(client.ai_agent)
        except Exception:  # the shape of the reply does not matter here, only the request line
            pass
    assert raw_uri(httpserver) == expected


def test_b6_parquet_name_with_a_slash_is_one_segment_on_the_mock(client: ImbraceClient) -> None:
    client.ai_agent.generate_parquet([{"a": 1}], file_name="users", folder_name="exports")
    names = [f["name"] for f in client.ai_agent.list_parquet_files()["data"]]
    assert names == ["exports/users.parquet"]
    assert (
        client.ai_agent.delete_parquet_file(names[0])["name"] == names[0]
    )  # the incumbent parses a JSON reply
    assert client.ai_agent.list_parquet_files()["data"] == []


def test_b7_booleans_and_wire_names_in_query_strings(httpserver: HTTPServer) -> None:
    httpserver.expect_request(ANY).respond_with_json({"traces": [], "status": "ok"})
    with ImbraceClient(base_url=base(httpserver), api_key="k") as client:
        client.ai_agent.get_traces(
            service="ai-agent", limit=50, time_range=3600, org_id="org_abc", details=True
        )
        client.ai_agent.get_traces(details=False)
        client.ai_agent.get_health(True)
    assert [raw_uri(httpserver, n) for n in range(3)] == [
        "/ai-agent/trace/traces?service=ai-agent&limit=50&timeRange=3600&orgId=org_abc&details=true",
        "/ai-agent/trace/traces?details=false",
        "/ai-agent/health?detailed=true",
    ]


def test_b11_user_is_looked_up_once_with_a_body_and_no_null_org(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/ai-agent/chat-client/auth/user", method="POST").respond_with_json(
        {"id": "u_7"}
    )
    httpserver.expect_request("/ai-agent/v2/chat").respond_with_data("hello", content_type="text/plain")
    with ImbraceClient(base_url=base(httpserver), api_key="k") as client:
        assert "".join(client.ai_agent.stream_chat_text(CHAT)) == "hello"
        assert "".join(client.ai_agent.stream_chat_text(CHAT)) == "hello"
    paths = [request.path for request, _ in httpserver.log]
    assert paths == ["/ai-agent/chat-client/auth/user", "/ai-agent/v2/chat", "/ai-agent/v2/chat"]
    assert json.loads(httpserver.log[0][0].data) == {}
    chat_body = json.loads(httpserver.log[1][0].data)
    assert chat_body["user_id"] == "u_7" and "organization_id" not in chat_body


@pytest.mark.parametrize("op", ["chat_text", "sub_agent", "status", "guide"])
def test_b12_a_redirect_on_a_stream_raises_a_typed_error(httpserver: HTTPServer, op: str) -> None:
    httpserver.expect_request(ANY).respond_with_data("moved", status=302, headers={"location": "/elsewhere"})
    calls: dict[str, Callable[[Any], Any]] = {
        "chat_text": lambda ai: list(ai.stream_chat_text({**CHAT, "user_id": "u"})),
        "sub_agent": lambda ai: ai.stream_sub_agent_chat(SUB),
        "status": lambda ai: ai.stream_client_chat_status("c1"),
        "guide": lambda ai: ai.get_admin_guide("onboarding.pdf"),
    }
    client = ImbraceClient(base_url=base(httpserver), api_key="k", max_retries=0)
    with client, pytest.raises(APIStatusError) as info:
        calls[op](client.ai_agent)
    assert info.value.status_code == 302


async def test_b12_async_redirect_raises_too(httpserver: HTTPServer) -> None:
    httpserver.expect_request(ANY).respond_with_data("moved", status=307, headers={"location": "/x"})
    async with AsyncImbraceClient(base_url=base(httpserver), api_key="k", max_retries=0) as client:
        with pytest.raises(APIStatusError):
            await client.ai_agent.get_admin_guide("onboarding.pdf")


DELETES: list[Callable[[Any], Any]] = [
    lambda ai: ai.delete_client_chat("c1"),
    lambda ai: ai.delete_all_client_chats("org_1"),
    lambda ai: ai.delete_trailing_messages("m1"),
    lambda ai: ai.delete_document("d1"),
    lambda ai: ai.delete_parquet_file("exports/users.parquet"),
    lambda ai: ai.delete_chat("c1"),
]


@pytest.mark.parametrize("status", [200])  # these answer JSON (issue 12); an empty body still gives None
@pytest.mark.parametrize("delete", DELETES)
def test_b14_deletes_with_an_empty_reply_return_none(
    httpserver: HTTPServer, status: int, delete: Callable[[Any], Any]
) -> None:
    httpserver.expect_request(ANY, method="DELETE").respond_with_data(b"", status=status)
    with ImbraceClient(base_url=base(httpserver), api_key="k") as client:
        assert delete(client.ai_agent) is None


def test_b14_delete_embedding_file_returns_none_too(httpserver: HTTPServer) -> None:
    httpserver.expect_request(ANY, method="DELETE").respond_with_json({"deleted": True})
    with ImbraceClient(base_url=base(httpserver), api_key="k") as client, pytest.warns(DeprecationWarning):
        assert client.ai_agent.delete_embedding_file("f1") is None
