"""``client.contacts``, ``client.categories``, ``client.message_suggestion`` and ``client.predict`` end to end
against the mock (sync and async): the seeded contacts page in every documented form, a contact's comments,
files and activity log follow its life, CSV import is all or nothing, the notification feed, categories,
reply suggestions and lead scoring. Conversations belong to ``client.conversations``; where a test needs one
it puts a row in the mock's ``conversations`` table, as that part's seeding and sends do."""

from __future__ import annotations

from typing import Any

import pytest

from imbrace import (
    AsyncImbraceClient,
    BadRequestError,
    ImbraceClient,
    InvalidRequestError,
    NotFoundError,
)
from imbrace.testing import DEMO_CONTACT_ID, DEMO_ORGANIZATION_ID, MockServer


def org_client(server: MockServer, organization_id: str) -> ImbraceClient:
    """A client acting for ``organization_id``."""
    return ImbraceClient(
        base_url=server.url, access_token="acc_test", organization_id=organization_id, max_retries=0
    )


def add_conversation(
    server: MockServer, conversation_id: str, contact_id: str, channel_type: str = "web", **fields: Any
) -> None:
    with server.store.lock:
        server.store.table("conversations")[conversation_id] = {
            "id": conversation_id,
            "_id": conversation_id,
            "contact_id": contact_id,
            "channel_type": channel_type,
            "status": "open",
            "organization_id": DEMO_ORGANIZATION_ID,
            **fields,
        }


# -- listing and searching -----------------------------------------------------------------------------------
@pytest.mark.reads_seeded_data
def test_list_pages_in_every_documented_form(client: ImbraceClient) -> None:
    everyone = client.contacts.list(limit=100)
    ids = [c["id"] for c in everyone.get("data", [])]
    assert DEMO_CONTACT_ID in ids and len(ids) == everyone.total == 7
    first = client.contacts.list(limit=3, skip=0)
    assert [c.id for c in first.data] == ids[:3] and first.has_more is True
    assert [c.id for c in client.contacts.list(limit=3, skip=3).data] == ids[3:6]
    assert [c.id for c in client.contacts.list(limit=3, offset=6).data] == ids[6:]  # the spec's name
    assert [c["id"] for c in client.contacts.list({"limit": 3, "page": 2})["data"]] == ids[3:6]  # Django's
    assert len(client.contacts.list({"limit": 2})["data"]) == 2  # FastAPI's one dict
    walked: list[str] = []
    for skip in range(0, 30, 2):  # bounded walk of every page
        page = client.contacts.list(limit=2, skip=skip)
        walked += [c.id for c in page.data]
        if not page.has_more:
            break
    assert walked == ids
    assert [c.id for c in client.contacts.list(search="alice").data] == [DEMO_CONTACT_ID]
    assert [c.id for c in client.contacts.list(q="ALICE@").data] == [DEMO_CONTACT_ID]
    names = [c.display_name for c in client.contacts.list(sort="-display_name", limit=100).data]
    assert names == sorted(names, reverse=True)
    with pytest.raises((InvalidRequestError, BadRequestError), match="limit"):  # query checks: the lead's
        client.contacts.list(limit=0)


@pytest.mark.reads_seeded_data
def test_search_takes_each_documented_form(client: ImbraceClient) -> None:
    assert [c.id for c in client.contacts.search("alice@example.com").data] == [DEMO_CONTACT_ID]
    assert [c.id for c in client.contacts.search({"q": "alice", "limit": 10}).data] == [DEMO_CONTACT_ID]
    by_body = client.contacts.search({"query": "example.com", "limit": 2, "offset": 2})  # POST _search
    assert len(by_body.data) == 2 and by_body.total == 7 and by_body.skip == 2
    assert client.contacts.search("example.com", limit=3, skip=6).data[0].id == (
        client.contacts.list(limit=100).data[6].id
    )
    assert client.contacts.search("nobody-here").data == []
    with pytest.raises(InvalidRequestError, match="query"):
        client.contacts.search({"qq": "alice"})


# -- a contact's life ---------------------------------------------------------------------------------------------
def test_create_update_get_delete_and_what_hangs_on_a_contact(
    client: ImbraceClient, imbrace_mock: MockServer
) -> None:
    made = client.contacts.create({"first_name": "Minh", "last_name": "Tran", "email": "minh@example.com"})
    assert (made.display_name, made.channel_type, made.object_name) == ("Minh Tran", "web", "contact")
    assert made.id in [c.id for c in client.contacts.list(limit=100).data]
    updated = client.contacts.update(made.id, {"name": "Minh T.", "phone": "+84900000000"})  # the docs' names
    assert (updated.display_name, updated.phone_number) == ("Minh T.", "+84900000000")
    assert client.contacts.get(made.id).display_name == "Minh T."

    comment = client.contacts.create_comment(made.id, content="Asked for a quote")
    client.contacts.create_comment(made.id, text="Sent the quote")  # the docs' ContactComment field
    comments = client.contacts.get_comments(made.id, limit=20, skip=0)
    assert [c.text for c in comments.data] == ["Sent the quote", "Asked for a quote"] and comments.total == 2
    assert [c.text for c in client.contacts.get_comments(made.id, skip=1, limit=1).data] == [
        "Asked for a quote"
    ]
    assert client.contacts.get_comment(made.id, comment["_id"]).content == "Asked for a quote"
    uploaded = client.contacts.upload_contacts(
        files={"file": ("quote.pdf", b"%PDF-1.4", "application/pdf")}, contact_id=made.id
    )
    assert uploaded.url.endswith("/quote.pdf") and uploaded.size == 8
    assert [(f.name, f.url) for f in client.contacts.get_files(made.id).data] == [("quote.pdf", uploaded.url)]

    add_conversation(imbrace_mock, "conv_minh_wa", made.id, "whatsapp")
    add_conversation(imbrace_mock, "conv_minh_web", made.id, "web")
    every = client.contacts.get_conversations(made.id)
    assert {c.id for c in every.data} == {"conv_minh_wa", "conv_minh_web"}
    only_wa = client.contacts.get_conversations(made.id, channel_types="whatsapp,line")
    assert [c.id for c in only_wa.data] == ["conv_minh_wa"]
    log = [(a["type"], a.text) for a in client.contacts.get_activities("conv_minh_wa").data]
    assert log[0] == ("created", "Contact created")
    assert ("comment", "Sent the quote") in log and ("file", "quote.pdf") in log

    deleted = client.contacts.delete(made.id)
    assert deleted.id == made.id
    for call in (
        lambda: client.contacts.get(made.id),
        lambda: client.contacts.get_comments(made.id),
        lambda: client.contacts.get_files(made.id),
        lambda: client.contacts.delete(made.id),
    ):
        with pytest.raises(NotFoundError):
            call()
    assert made.id not in [c.id for c in client.contacts.list(limit=100).data]
    with imbrace_mock.store.lock:
        store = imbrace_mock.store
        assert not [r for r in store.table("contact_comments").values() if r.get("contact_id") == made.id]
        assert not [r for r in store.table("contact_files").values() if r.get("contact_id") == made.id]
        conversation = store.table("conversations")["conv_minh_wa"]
        assert "contact_id" not in conversation and conversation["former_contact_id"] == made.id
    assert client.contacts.get_activities("conv_minh_wa").data == []  # the contact's log went with it


def test_comments_refuse_empty_content_and_unknown_ids(client: ImbraceClient) -> None:
    with pytest.raises(InvalidRequestError, match="body"):
        client.contacts.create_comment(DEMO_CONTACT_ID)  # neither content nor text: refused before sending
    with pytest.raises(InvalidRequestError, match="content"):
        client.contacts.create_comment(DEMO_CONTACT_ID, content="")
    with pytest.raises(NotFoundError):
        client.contacts.create_comment("contact_nobody", content="hi")
    with pytest.raises(NotFoundError):
        client.contacts.get_comment(DEMO_CONTACT_ID, "comment_nobody")
    made = client.contacts.create_comment(DEMO_CONTACT_ID, content="Temporary")
    assert client.contacts.delete_comment(DEMO_CONTACT_ID, made["_id"]).text == "Temporary"
    with pytest.raises(NotFoundError):
        client.contacts.delete_comment(DEMO_CONTACT_ID, made["_id"])
    with pytest.raises(NotFoundError):  # a comment is reached through its own contact only
        client.contacts.get_comment("contact_bob", "comment_alice_1")
    with pytest.raises(NotFoundError):
        client.contacts.get_activities("conv_nobody")
    with pytest.raises(InvalidRequestError, match="contact_id"):
        client.contacts.get(" ")


def test_another_organization_sees_none_of_them(client: ImbraceClient, imbrace_mock: MockServer) -> None:
    with org_client(imbrace_mock, "org_other") as other:
        assert other.contacts.list().data == [] and other.contacts.search("alice").total == 0
        with pytest.raises(NotFoundError):
            other.contacts.get(DEMO_CONTACT_ID)
        with pytest.raises(NotFoundError):
            other.contacts.delete(DEMO_CONTACT_ID)
        theirs = other.contacts.create({"display_name": "Their contact"})
        assert [c.id for c in other.contacts.list().data] == [theirs.id]
        assert other.categories.list().data == []
        assert [line.split(",")[0] for line in other.contacts.export_csv().splitlines()[1:]] == [theirs.id]
    assert theirs.id not in [c.id for c in client.contacts.list(limit=100).data]
    with pytest.raises(NotFoundError):
        client.contacts.get(theirs.id)


# -- CSV export and import -----------------------------------------------------------------------------------------
def test_export_csv_has_a_header_and_a_row_per_contact(client: ImbraceClient) -> None:
    csv_text = client.contacts.export_csv(sort="display_name")
    lines = csv_text.splitlines()
    assert lines[0] == "id,display_name,email,phone_number,labels,created_at" and len(lines) == 8
    assert lines[1].startswith("contact_alice,Alice Nguyen,alice@example.com")


def test_csv_import_is_all_or_nothing(client: ImbraceClient) -> None:
    good = (
        b"display_name,email,phone,labels\nHuy Le,huy@example.com,+84911111111,lead;vip\nAnna,,+6590000000,\n"
    )
    result = client.contacts.upload_contacts(files={"file": ("contacts.csv", good, "text/csv")})
    assert result.imported == 2 and [c.display_name for c in result.data] == ["Huy Le", "Anna"]
    huy = client.contacts.search("huy@example.com").data[0]
    assert (huy.phone_number, huy.labels) == ("+84911111111", ["lead", "vip"])
    assert client.contacts.list().total == 9

    bad_rows = b"display_name,email\nOk Person,ok@example.com\nBroken,not-an-email\n"
    with pytest.raises(BadRequestError, match="line 3"):
        client.contacts.upload_contacts(files={"file": ("contacts.csv", bad_rows, "text/csv")})
    short_row = b"display_name,email\nOk Person,ok@example.com\nonly-one-field\n"
    with pytest.raises(BadRequestError, match="line 3: expected 2 fields, found 1"):
        client.contacts.upload_contacts(files={"file": ("more.csv", short_row)})
    with pytest.raises(BadRequestError, match="line 1: unknown column 'colour'"):
        client.contacts.upload_contacts(files={"file": ("c.csv", b"display_name,colour\nA,red\n")})
    assert client.contacts.list().total == 9  # nothing half-imported
    assert client.contacts.search("ok@example.com").total == 0


def test_upload_avatar_answers_its_url(client: ImbraceClient, tmp_path: Any) -> None:
    avatar = tmp_path / "avatar.png"
    avatar.write_bytes(b"\x89PNG\r\n\x1a\n")
    with open(avatar, "rb") as f:
        result = client.contacts.upload_contacts(files={"file": f})
    assert result.url.endswith("/avatar.png") and result.imported is None
    assert client.contacts.upload_avatar(avatar).name == "avatar.png"  # the TypeScript name, a path
    with pytest.raises(NotFoundError):
        client.contacts.upload_avatar(avatar, contact_id="contact_nobody")


# -- notifications ---------------------------------------------------------------------------------------------
def test_notification_feed_read_and_dismiss(client: ImbraceClient) -> None:
    feed = client.contacts.list_notifications(limit=20, skip=0)
    assert (feed.total, feed.unread) == (3, 2)
    assert [n.id for n in client.contacts.list_notifications(limit=1, skip=1).data] == [feed.data[1].id]
    assert [n["type"] for n in client.contacts.list_notifications(type="mention").data] == ["mention"]
    assert client.contacts.mark_notifications_read(ids=["notif_assigned"]).count == 1
    assert client.contacts.list_notifications().unread == 1
    assert client.contacts.mark_notifications_read().count == 1  # the Python docs: no ids, all of them
    assert client.contacts.list_notifications().unread == 0
    assert client.contacts.dismiss_notification("notif_welcome").count == 1
    assert "notif_welcome" not in [n.id for n in client.contacts.list_notifications().data]
    with pytest.raises(NotFoundError):
        client.contacts.dismiss_notification("notif_welcome")
    with pytest.raises(NotFoundError):
        client.contacts.mark_notifications_read(ids=["notif_nobody"])
    with pytest.raises(InvalidRequestError, match="body"):
        client.contacts.dismiss_notification()
    assert client.contacts.dismiss_all_notifications().count == 2
    assert client.contacts.list_notifications().total == 0


# -- categories, suggestions, predictions ------------------------------------------------------------------------
def test_categories_crud(client: ImbraceClient) -> None:
    assert [c.name for c in client.categories.list().data] == ["Billing", "Technical support"]
    made = client.categories.create({"name": "Sales", "apply_to": ["conversation", "contact"]})
    assert client.categories.get(made["_id"]).name == "Sales"
    assert [c.name for c in client.categories.list({"search": "sal"}).data] == ["Sales"]  # one dict
    assert [c.name for c in client.categories.list(apply_to="contact").data] == ["Sales"]
    assert client.categories.update(made["_id"], {"description": "Deals"}).name == "Sales"
    assert client.categories.get(made["_id"]).description == "Deals"
    client.categories.delete(made["_id"])
    with pytest.raises(NotFoundError):
        client.categories.get(made["_id"])
    with pytest.raises(InvalidRequestError, match="name"):
        client.categories.create({"description": "no name"})  # type: ignore[typeddict-item]


def test_message_suggestions_for_a_thread_or_a_conversation(
    client: ImbraceClient, imbrace_mock: MockServer
) -> None:
    by_thread = client.message_suggestion.get_suggestions({"thread_id": "thread_1"})
    assert by_thread.success is True and len(by_thread.suggestions) == 3
    assert by_thread.follow_up_message == by_thread.suggestions[0]
    add_conversation(imbrace_mock, "conv_order", DEMO_CONTACT_ID, last_message={"text": "Where is my order?"})
    by_conversation = client.message_suggestion.get_suggestions({"conversation_id": "conv_order", "limit": 2})
    assert len(by_conversation.suggestions) == 2 and "Where is my order" in by_conversation.suggestions[0]
    with pytest.raises(NotFoundError):
        client.message_suggestion.get_suggestions({"conversation_id": "conv_nobody"})
    with pytest.raises(InvalidRequestError, match="body"):
        client.message_suggestion.get_suggestions({"limit": 3})  # nothing to suggest for


@pytest.mark.reads_seeded_data
def test_predict_scores_a_lead(client: ImbraceClient) -> None:
    result = client.predict.predict(
        {"model": "lead_score_v1", "input": {"company_size": 200, "industry": "saas", "mrr": 5000}}
    )
    assert 0 < result["score"] <= 1 and result.label == "hot"
    small = client.predict.predict({"model": "lead_score_v1", "input": {"company_size": 5}})
    assert small.score < result.score
    with pytest.raises(NotFoundError):
        client.predict.predict({"model": "nope_v9"})
    with pytest.raises(InvalidRequestError, match="model"):
        client.predict.predict({"input": {}})  # type: ignore[typeddict-item]


# -- async ------------------------------------------------------------------------------------------------------------
async def test_async_contacts_round_trip(aclient: AsyncImbraceClient) -> None:
    page = await aclient.contacts.list({"limit": 5})
    assert len(page["data"]) == 5 and page.total == 7
    made = await aclient.contacts.create({"display_name": "Async Ada", "email": "ada@example.com"})
    assert [c.id for c in (await aclient.contacts.search("ada@")).data] == [made.id]
    assert [c.id for c in (await aclient.contacts.search({"query": "Async Ada"})).data] == [made.id]
    await aclient.contacts.create_comment(made.id, content="async note")
    assert (await aclient.contacts.get_comments(made.id)).total == 1
    uploaded = await aclient.contacts.upload_contacts(
        files={"file": ("import.csv", b"display_name\nAsync Bo\n", "text/csv")}
    )
    assert uploaded.imported == 1
    assert (await aclient.categories.list()).data[0].name == "Billing"
    assert (await aclient.predict.predict({"model": "lead_score_v1", "input": {}})).score == 0.3
    await aclient.contacts.delete(made.id)
    with pytest.raises(NotFoundError):
        await aclient.contacts.get(made.id)
