"""client.conversations and client.messages against the mock: views and counts stay consistent with
assignment, status and sends; bad input is refused before sending; missing ids are typed 404s; every
route the official package sends is called here; MockServer.simulate_inbound plays the customer."""

from __future__ import annotations

import asyncio

import pytest

from imbrace import AsyncImbraceClient, ImbraceClient, InvalidRequestError, NotFoundError
from imbrace.testing import (
    DEMO_BUSINESS_UNIT_ID,
    DEMO_CHANNEL_ID,
    DEMO_CONTACT_ID,
    DEMO_CONVERSATION_ID,
    DEMO_USER_ID,
    MockServer,
)

ALEX = "user_alex"


def ids(page: object) -> list[str]:
    return [c["id"] for c in page["data"]]  # type: ignore[index]


@pytest.mark.reads_seeded_data
def test_seeded_inbox_lists_pages_and_counts(client: ImbraceClient) -> None:
    everything = client.conversations.list()  # no filter: GET /v1/conversations
    assert everything["total"] == 3 and DEMO_CONVERSATION_ID in ids(everything)
    first, second = (
        client.conversations.list(status="open", limit=1),
        client.conversations.list(status="open", limit=1, skip=1),
    )
    assert first["total"] == second["total"] == 2 and ids(first) != ids(second)
    assert ids(client.conversations.list(type="closed")) == ["conv_demo_closed"]
    counts = client.conversations.get_views_count()
    for view in ("outstanding", "mine", "team", "all"):
        assert counts[view] == client.conversations.list(view=view)["total"]
    assert counts["statuses"]["closed"] == 1
    assert client.conversations.get_views_count(DEMO_BUSINESS_UNIT_ID)["all"] == counts["all"]
    assert client.conversations.get_views_count(type="closed")["all"] == 1
    outstanding = client.conversations.get_outstanding(DEMO_BUSINESS_UNIT_ID, limit=10)
    assert ids(outstanding) == [DEMO_CONVERSATION_ID]
    found = client.conversations.search(business_unit_id=DEMO_BUSINESS_UNIT_ID, q="lamp", limit=5)
    assert ids(found) == [DEMO_CONVERSATION_ID]
    assert client.conversations.list(type="text", q="refund")["data"][0]["status"] == "closed"
    history = client.messages.list(limit=3, skip=0, conversation_id=DEMO_CONVERSATION_ID)
    assert history["total"] == 3 and history["data"][0]["text"].startswith("It has not arrived")
    conv = client.conversations.get(DEMO_CONVERSATION_ID)
    assert (
        conv["last_message"]["text"] == history["data"][0]["text"] and conv["contact_id"] == DEMO_CONTACT_ID
    )
    assert client.conversations.get_conversation(DEMO_CONVERSATION_ID)["id"] == DEMO_CONVERSATION_ID
    assert client.conversations.get_by_conversation_id(DEMO_CONVERSATION_ID)["status"] == "open"
    invitable = client.conversations.get_invitable_users(DEMO_CONVERSATION_ID)
    assert ALEX in [u["_id"] for u in invitable]


def test_assigning_joining_and_closing_move_a_conversation_between_views(client: ImbraceClient) -> None:
    made = client.conversations.create({"channel_id": DEMO_CHANNEL_ID, "contact_id": DEMO_CONTACT_ID})
    conv_id = made["id"]
    assert made["status"] == "open" and conv_id in ids(client.conversations.list(view="outstanding"))
    before = client.conversations.get_views_count()["mine"]
    client.conversations.assign_team_member({"conversation_id": conv_id, "user_id": DEMO_USER_ID})
    assert conv_id in ids(client.conversations.list(view="mine"))
    assert conv_id not in ids(client.conversations.list(view="outstanding"))
    assert client.conversations.get_views_count()["mine"] == before + 1
    client.conversations.remove_team_member(conv_id, DEMO_USER_ID)  # the fields form
    assert conv_id not in ids(client.conversations.list(view="mine"))
    assert client.conversations.join({"conversation_id": conv_id})["members"] == [DEMO_USER_ID]
    assert client.conversations.leave(conv_id)["members"] == []
    assert DEMO_USER_ID in client.conversations.join_request(conv_id)["join_requests"]
    assert client.conversations.update_name({"conversation_id": conv_id, "name": "VIP"})["name"] == "VIP"
    call = client.conversations.init_video_call({"conversation_id": conv_id})
    assert call["conversation"]["id"] == conv_id and call["url"].endswith(call["room_name"])
    client.conversations.update_status({"conversation_id": conv_id, "status": "resolved"})
    for view in ("outstanding", "mine", "team", "all"):
        assert conv_id not in ids(client.conversations.list(view=view))
    assert conv_id in ids(client.conversations.list(status="resolved"))
    assert client.conversations.create()["channel_id"] == DEMO_CHANNEL_ID  # the docs' Python call


def test_sending_appends_updates_activity_and_the_contact_log(
    client: ImbraceClient, imbrace_mock: MockServer
) -> None:
    sent = client.messages.send(
        type="text", text="Your lamp ships today.", conversation_id=DEMO_CONVERSATION_ID
    )
    assert sent["sender"] == "agent" and sent["user_id"] == DEMO_USER_ID
    conv = client.conversations.get(DEMO_CONVERSATION_ID)
    assert conv["last_message"]["id"] == sent["id"] and conv["last_activity_at"] == sent["created_at"]
    assert client.conversations.list(view="all")["data"][0]["id"] == DEMO_CONVERSATION_ID  # most recent first
    assert client.messages.list(conversation_id=DEMO_CONVERSATION_ID)["data"][0]["id"] == sent["id"]
    log = [
        a
        for a in imbrace_mock.store.table("contact_activities").values()
        if a.get("message_id") == sent["id"]
    ]
    assert log and log[0]["contact_id"] == DEMO_CONTACT_ID and log[0]["type"] == "message"
    image = client.messages.send(
        type="image", url="https://x.test/a.png", caption="the box", conversation_id=DEMO_CONVERSATION_ID
    )
    assert image["caption"] == "the box"
    rich = client.messages.send(
        "quick_reply", title="Pick", payload={"options": ["a", "b"]}, conversation_id=DEMO_CONVERSATION_ID
    )
    assert rich["payload"] == {"options": ["a", "b"]}
    assert client.messages.get_index(DEMO_CONVERSATION_ID, rich["id"])["index"] == 5
    uploaded = client.messages.upload_file(files={"file": ("invoice.pdf", b"%PDF-1.4")})
    assert uploaded["name"] == "invoice.pdf"
    assert (
        client.messages.send(type="pdf", url=uploaded["url"], conversation_id=DEMO_CONVERSATION_ID)["url"]
        == uploaded["url"]
    )
    # without a conversation id (the docs' call): the caller's most recently active open conversation
    assert client.messages.send(type="text", text="Hello")["conversation_id"] == "conv_demo_mine"


def test_pins_and_comments(client: ImbraceClient) -> None:
    message_id = client.messages.list(conversation_id=DEMO_CONVERSATION_ID)["data"][0]["id"]
    assert client.messages.pin(DEMO_CONVERSATION_ID, message_id)["pinned"] is True
    assert client.messages.unpin(DEMO_CONVERSATION_ID, message_id)["pinned"] is False
    comment = client.messages.add_comment(DEMO_CONVERSATION_ID, message_id, {"content": "VIP customer"})
    assert client.messages.pin(DEMO_CONVERSATION_ID, message_id)["comments"][0]["content"] == "VIP customer"
    changed = client.messages.update_comment(DEMO_CONVERSATION_ID, comment["_id"], {"content": "VVIP"})
    assert changed["content"] == "VVIP"
    client.messages.delete_comment(DEMO_CONVERSATION_ID, comment["_id"])
    with pytest.raises(NotFoundError):
        client.messages.update_comment(DEMO_CONVERSATION_ID, comment["_id"], {"content": "x"})


def test_bad_input_is_refused_before_sending(client: ImbraceClient, imbrace_mock: MockServer) -> None:
    before = sum(imbrace_mock.store.effects.values())
    cases = [
        (lambda: client.conversations.list(view="everything"), "view"),  # type: ignore[arg-type]
        (lambda: client.conversations.update_status(DEMO_CONVERSATION_ID, "snoozed"), "status"),  # type: ignore[arg-type]
        (lambda: client.conversations.list(status="snoozed"), "status"),  # type: ignore[arg-type]
        (lambda: client.conversations.get_views_count(type="all"), "type"),  # type: ignore[arg-type]
        (lambda: client.messages.send(type="sticker", text="hi"), "type"),  # type: ignore[arg-type]
        (lambda: client.messages.send(type="text"), "text"),
        (lambda: client.messages.send(type="text", text=""), "text"),
    ]
    for call, field in cases:
        with pytest.raises(InvalidRequestError) as caught:
            call()
        assert field in str(caught.value)
    assert sum(imbrace_mock.store.effects.values()) == before


def test_missing_ids_are_typed_404s(client: ImbraceClient) -> None:
    for call in (
        lambda: client.conversations.get("conv_nope"),
        lambda: client.conversations.get_conversation("conv_nope"),
        lambda: client.conversations.join({"conversation_id": "conv_nope"}),
        lambda: client.conversations.assign_team_member(
            {"conversation_id": DEMO_CONVERSATION_ID, "user_id": "user_nope"}
        ),
        lambda: client.messages.pin(DEMO_CONVERSATION_ID, "msg_nope"),
        lambda: client.messages.send(type="text", text="hi", conversation_id="conv_nope"),
        lambda: client.messages.list(conversation_id="conv_nope"),
    ):
        with pytest.raises(NotFoundError):
            call()


def test_other_organizations_do_not_see_the_inbox(imbrace_mock: MockServer) -> None:
    with ImbraceClient(
        base_url=imbrace_mock.url, access_token="acc_other", organization_id="org_other", max_retries=0
    ) as other:
        assert other.conversations.list()["total"] == 0
        with pytest.raises(NotFoundError):
            other.conversations.get(DEMO_CONVERSATION_ID)


def test_simulate_inbound_finds_or_opens_the_conversation(
    client: ImbraceClient, imbrace_mock: MockServer
) -> None:
    first = imbrace_mock.simulate_inbound(DEMO_CHANNEL_ID, DEMO_CONTACT_ID, "Any news?")
    assert first["conversation_id"] == DEMO_CONVERSATION_ID and first["sender"] == "contact"
    assert client.conversations.get(DEMO_CONVERSATION_ID)["last_message"]["text"] == "Any news?"
    new = imbrace_mock.simulate_inbound(
        DEMO_CHANNEL_ID, {"display_name": "Zoe", "email": "zoe@example.com"}, "Hi!"
    )
    conv = client.conversations.get(new["conversation_id"])
    assert conv["status"] == "open" and conv["id"] in ids(client.conversations.list(view="outstanding"))
    again = imbrace_mock.simulate_inbound(DEMO_CHANNEL_ID, {"email": "zoe@example.com"}, "Hello?")
    assert again["conversation_id"] == conv["id"] and again["contact_id"] == new["contact_id"]
    client.conversations.update_status(conv["id"], "closed")
    reopened = imbrace_mock.simulate_inbound(DEMO_CHANNEL_ID, new["contact_id"], "Me again")
    assert reopened["conversation_id"] != conv["id"]
    with pytest.raises(LookupError):
        imbrace_mock.simulate_inbound("ch_nope", DEMO_CONTACT_ID, "hi")


def test_async_inbox(imbrace_mock: MockServer) -> None:
    async def main() -> None:
        async with AsyncImbraceClient(base_url=imbrace_mock.url, api_key="api_test", max_retries=0) as client:
            sent = await client.messages.send(
                type="text", text="async hi", conversation_id=DEMO_CONVERSATION_ID
            )
            page = await client.conversations.list(view="all")
            assert page["data"][0]["last_message"]["id"] == sent["id"]
            counts = await client.conversations.get_views_count()
            assert counts["all"] == page["total"]
            assert (await client.messages.pin(DEMO_CONVERSATION_ID, sent["id"]))["pinned"] is True

    asyncio.run(main())


def test_the_readme_inbound_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    import re
    from pathlib import Path

    readme = (Path(__file__).parents[1] / "README.md").read_text()
    section = readme.split("### Play the customer", 1)[1]
    block = re.search(r"```python\n(.*?)```", section, re.S)
    assert block is not None
    exec(compile(block.group(1), "README.md#play-the-customer", "exec"), {})
    assert "['Hello Zoe, how can I help?', 'Hi!']" in capsys.readouterr().out
