"""``client.channel``, ``client.outbound`` and the template libraries of ``client.settings``, end to end
against the mock: every route the official package sends for them (41), the state they share (a created
channel is listed, counted, changed and deleted; a workflow link follows its channel; a send is recorded
and noted on the contact), bad input refused before sending, missing ids as typed 404s, one
organization never seeing another's channels, and the async client."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from imbrace import AsyncImbraceClient, BadRequestError, ImbraceClient, InvalidRequestError, NotFoundError
from imbrace.testing import (
    DEMO_CHANNEL_ID,
    DEMO_CONTACT_ID,
    DEMO_ORGANIZATION_ID,
    DEMO_TEAM_ID,
    DEMO_USER_ID,
    MockServer,
)
from imbrace.testing.handlers.channels import (
    DEMO_EMAIL_CHANNEL_ID,
    DEMO_FACEBOOK_CHANNEL_ID,
    DEMO_FACEBOOK_CREDENTIAL_ID,
    DEMO_WHATSAPP_CHANNEL_ID,
    DEMO_WHATSAPP_CREDENTIAL_ID,
)
from imbrace.testing.handlers.templates import DEMO_MESSAGE_TEMPLATE_ID

SEEDED = {DEMO_CHANNEL_ID: "web", DEMO_WHATSAPP_CHANNEL_ID: "whatsapp", DEMO_FACEBOOK_CHANNEL_ID: "facebook"}
SEEDED[DEMO_EMAIL_CHANNEL_ID] = "email"


def other_org(server: MockServer) -> ImbraceClient:
    return ImbraceClient(
        base_url=server.url, access_token="acc_test", organization_id="org_other", max_retries=0
    )


def ids(page: Any) -> list[str]:
    return [c.id for c in page.data]


# -- the seeded channels, listing and paging -----------------------------------------------------------------
@pytest.mark.reads_seeded_data
def test_seeded_channels_of_several_types_and_web_is_valid(client: ImbraceClient) -> None:
    page = client.channel.list()
    assert {c.id: c["type"] for c in page.data} == SEEDED and page.total == 4
    web = client.channel.get(DEMO_CHANNEL_ID)
    assert (web.type_, web.is_active, web.is_default, web.name) == ("web", True, True, "Website Chat")
    assert ids(client.channel.list(type="whatsapp")) == [DEMO_WHATSAPP_CHANNEL_ID]
    assert ids(client.channel.list({"type": "email"})) == [
        DEMO_EMAIL_CHANNEL_ID
    ]  # the official one-dict form
    assert client.channel.list(type="group").data == []  # docs:sdk/integrations.md's filter: nothing matches
    count = client.channel.get_count()
    assert count.total == 4 and dict(count.by_type.additional_properties) == dict.fromkeys(SEEDED.values(), 1)


@pytest.mark.reads_seeded_data
def test_list_pages_by_offset_and_by_page(client: ImbraceClient) -> None:
    everything = ids(client.channel.list(limit=100))
    first, second = client.channel.list(limit=3, offset=0), client.channel.list(limit=3, offset=3)
    assert ids(first) + ids(second) == everything and (first.total, second.offset) == (4, 3)
    one, two = client.channel.list(page=1, limit=3), client.channel.list(page=2, limit=3)
    assert ids(one) + ids(two) == everything
    assert (one.pagination.has_next, two.pagination.has_next, two.pagination.total_pages) == (True, False, 2)


@pytest.mark.skipif(
    not hasattr(ImbraceClient(api_key="k").channel, "list_all"),
    reason="channel.list_all / iter_channels come from x-imbrace-iter once the generator supports it",
)
def test_list_all_walks_every_page(client: ImbraceClient) -> None:
    for _ in range(3):
        client.channel.create_web("More")
    walked = [c.id for c in client.channel.list_all(limit=2)]  # type: ignore[attr-defined,unused-ignore]
    assert walked == ids(client.channel.list(limit=100)) and len(walked) == 7


def test_unknown_channel_types_are_refused_before_sending(imbrace_mock: MockServer) -> None:
    sent: list[httpx.Request] = []
    hook = {"request": [sent.append]}
    with ImbraceClient(
        base_url=imbrace_mock.url,
        api_key="api_test",
        max_retries=0,
        http_client=httpx.Client(event_hooks=hook),
    ) as client:
        with pytest.raises(InvalidRequestError, match="body.type") as info:
            client.channel.create({"type": "telegram", "name": "T"})  # type: ignore[typeddict-item]
        assert "'web'" in str(info.value)
        with pytest.raises(InvalidRequestError, match="body.type"):
            client.channel.create({"name": "no type"})  # type: ignore[typeddict-item]
        with pytest.raises(InvalidRequestError, match="body.type"):
            client.channel.replace({"channel_id": DEMO_CHANNEL_ID, "type": "pager"})  # type: ignore[typeddict-item]
        with pytest.raises(InvalidRequestError, match="body.name"):
            client.channel.create_line({"config": {}})  # type: ignore[typeddict-item]
        with pytest.raises(InvalidRequestError, match="body.page_id"):
            client.channel.create_facebook({"credential_id": DEMO_FACEBOOK_CREDENTIAL_ID})  # type: ignore[typeddict-item]
        with pytest.raises(InvalidRequestError, match="body.title"):
            client.settings.create_message_template({"text": "no title"})  # type: ignore[typeddict-item]
    assert sent == []
    web = ImbraceClient(base_url=imbrace_mock.url, api_key="api_test").channel.create(
        {"type": "web", "name": "W"}
    )
    assert web.type_ == "web"


# -- create, change, delete: every per-type call -----------------------------------------------------------
def test_channel_lifecycle(client: ImbraceClient) -> None:
    web = client.channel.create_web("Website Chat", config={"widget_color": "#000"})
    assert (web.type_, web.name, web.is_active, web.config["widget_color"]) == (
        "web",
        "Website Chat",
        True,
        "#000",
    )
    assert web.id in ids(client.channel.list(type="web"))

    changed = client.channel.update(web.id, {"active": False, "config": {"greeting": "Hi"}})
    assert changed.is_active is False and changed.config.additional_properties == {
        "widget_color": "#000",
        "greeting": "Hi",
    }
    assert client.channel.get(web.id).is_active is False
    assert client.channel.update(web.id, {"is_active": True, "name": "Chat"}).name == "Chat"

    replaced = client.channel.replace({"id": web.id, "name": "Widget", "config": {"a": 1}})
    assert (replaced.id, replaced.type_, replaced.name, replaced.config.additional_properties) == (
        web.id,
        "web",
        "Widget",
        {"a": 1},
    )

    deleted = client.channel.delete(web.id)
    assert deleted.data.id == web.id
    with pytest.raises(NotFoundError):
        client.channel.get(web.id)
    with pytest.raises(NotFoundError):
        client.channel.update(web.id, {"active": True})
    with pytest.raises(NotFoundError):
        client.channel.delete(web.id)
    v3 = client.channel.create_web_v3("Widget v3")
    assert v3.type_ == "web" and client.channel.delete_v3(v3.id).data.id == v3.id
    with pytest.raises(NotFoundError):
        client.channel.delete_v3(v3.id)
    with pytest.raises(NotFoundError):
        client.channel.replace({"channel_id": "ch_missing"})


def test_every_per_type_creation(client: ImbraceClient) -> None:
    made = {
        "create": client.channel.create({"type": "wecom", "name": "WeCom"}),
        "create_instagram": client.channel.create_instagram({"name": "IG", "config": {"ig_id": "1"}}),
        "create_instagram_v2": client.channel.create_instagram_v2({"name": "IG2"}),
        "create_email": client.channel.create_email({"name": "Sales", "email": "sales@example.com"}),
        "create_wechat": client.channel.create_wechat({"name": "WeChat"}),
        "create_line": client.channel.create_line({"name": "LINE"}),
    }
    kinds = {name: channel.type_ for name, channel in made.items()}
    assert kinds == {
        "create": "wecom",
        "create_instagram": "instagram",
        "create_instagram_v2": "instagram",
        "create_email": "email",
        "create_wechat": "wechat",
        "create_line": "line",
    }
    assert made["create_email"].email == "sales@example.com"
    listed = ids(client.channel.list(limit=100))
    assert all(channel.id in listed for channel in made.values())
    assert client.channel.get_count().by_type["instagram"] == 2


def test_whatsapp_onboarding_v1_v2_v3_keeps_the_token_as_a_credential(client: ImbraceClient) -> None:
    creators = (
        client.channel.create_whatsapp,
        client.channel.create_whats_app,
        client.channel.create_whatsapp_v2,
        client.channel.create_whats_app_v2,
        client.channel.create_whatsapp_v3,
        client.channel.create_whats_app_v3,
    )
    made = [
        create({"phone_number_id": f"pn{i}", "access_token": f"secret{i}"})
        for i, create in enumerate(creators)
    ]
    assert [c.type_ for c in made] == ["whatsapp"] * 6 and made[0].name == "WhatsApp pn0"
    assert all("access_token" not in c.to_dict() for c in made)
    credential = client.channel.get_credential(made[0].credential_id)
    assert credential.type_ == "whatsapp" and "credentials" not in credential.to_dict()  # secrets never shown

    updated = client.channel.update_whatsapp({"channel_id": made[0].id, "name": "Hotline"})
    assert updated.name == "Hotline" and client.channel.get(made[0].id).name == "Hotline"
    assert client.channel.update_whats_app({"_id": made[1].id, "active": False}).is_active is False
    with pytest.raises(BadRequestError, match="web channel, not whatsapp"):
        client.channel.update_whatsapp({"channel_id": DEMO_CHANNEL_ID, "name": "x"})
    with pytest.raises(BadRequestError, match="channel_id"):
        client.channel.update_whatsapp({"name": "which one?"})
    with pytest.raises(NotFoundError):
        client.channel.update_whatsapp({"channel_id": "ch_missing"})


def test_facebook_pages_of_a_credential_then_a_channel(client: ImbraceClient) -> None:
    pages = client.channel.get_facebook_pages(DEMO_FACEBOOK_CREDENTIAL_ID)
    assert [p["_id"] for p in pages] == ["fb_page_demo", "fb_page_shop"]
    channel = client.channel.create_facebook(
        {"page_id": pages[1]["_id"], "credential_id": DEMO_FACEBOOK_CREDENTIAL_ID}
    )
    assert (channel.type_, channel.name, channel.page_id) == ("facebook", "Demo Shop", "fb_page_shop")
    assert client.channel.update_facebook({"channel_id": channel.id, "config": {"x": 1}}).config["x"] == 1
    with pytest.raises(BadRequestError, match="not a page"):
        client.channel.create_facebook({"page_id": "fb_nope", "credential_id": DEMO_FACEBOOK_CREDENTIAL_ID})
    with pytest.raises(NotFoundError):
        client.channel.get_facebook_pages("cred_missing")
    with pytest.raises(BadRequestError, match="not a Facebook credential"):
        client.channel.get_facebook_pages(DEMO_WHATSAPP_CREDENTIAL_ID)
    with pytest.raises(BadRequestError, match="not facebook"):
        client.channel.update_facebook({"channel_id": DEMO_WHATSAPP_CHANNEL_ID})


def test_stored_credentials(client: ImbraceClient) -> None:
    credential = client.channel.get_credential(DEMO_FACEBOOK_CREDENTIAL_ID)
    assert (credential.field_id, credential.type_) == (DEMO_FACEBOOK_CREDENTIAL_ID, "facebook")
    updated = client.channel.update_credential(
        DEMO_FACEBOOK_CREDENTIAL_ID, {"name": "Renamed", "credentials": {"access_token": "new"}}
    )
    assert updated.name == "Renamed" and "credentials" not in updated.to_dict()
    assert client.channel.get_credential(DEMO_FACEBOOK_CREDENTIAL_ID).name == "Renamed"
    assert client.channel.delete_credential(DEMO_FACEBOOK_CREDENTIAL_ID) is None
    for call in (
        lambda: client.channel.get_credential(DEMO_FACEBOOK_CREDENTIAL_ID),
        lambda: client.channel.update_credential(DEMO_FACEBOOK_CREDENTIAL_ID, {"name": "x"}),
        lambda: client.channel.delete_credential(DEMO_FACEBOOK_CREDENTIAL_ID),
        lambda: client.channel.get_facebook_pages(DEMO_FACEBOOK_CREDENTIAL_ID),
    ):
        with pytest.raises(NotFoundError):
            call()


def test_workflow_links_follow_their_channel(client: ImbraceClient) -> None:
    link = client.channel.update_channel_workflow("wf_1", {"channel_id": DEMO_CHANNEL_ID})
    assert (link.workflow_id, link.channel_id, link.is_active) == ("wf_1", DEMO_CHANNEL_ID, True)
    assert client.channel.get(DEMO_CHANNEL_ID).workflow_id == "wf_1"
    moved = client.channel.update_channel_workflow(
        "wf_1", {"channel_id": DEMO_EMAIL_CHANNEL_ID, "is_active": False}
    )
    assert (moved.channel_id, moved.is_active) == (DEMO_EMAIL_CHANNEL_ID, False)
    assert client.channel.get(DEMO_CHANNEL_ID).workflow_id is None
    assert client.channel.get(DEMO_EMAIL_CHANNEL_ID).workflow_id == "wf_1"
    client.channel.delete_channel_workflow("wf_1")
    assert client.channel.get(DEMO_EMAIL_CHANNEL_ID).workflow_id is None
    with pytest.raises(NotFoundError):
        client.channel.delete_channel_workflow("wf_1")
    with pytest.raises(NotFoundError):
        client.channel.update_channel_workflow("wf_2", {"channel_id": "ch_missing"})
    with pytest.raises(InvalidRequestError, match="body.channel_id"):
        client.channel.update_channel_workflow("wf_2", {})  # type: ignore[typeddict-item]

    web = client.channel.create_web("Linked")
    client.channel.update_channel_workflow("wf_3", {"channel_id": web.id})
    client.channel.delete(web.id)  # the link goes with the channel
    with pytest.raises(NotFoundError):
        client.channel.delete_channel_workflow("wf_3")


def test_assignable_teams_and_observers(client: ImbraceClient) -> None:
    teams = client.channel.list_assignable_teams().data
    assert [(t.field_id, t.name, t.member_count) for t in teams] == [(DEMO_TEAM_ID, "Support", 2)]
    observers = client.channel.list_team_observers(DEMO_TEAM_ID).data
    assert {o.user_id for o in observers} == {DEMO_USER_ID, "user_alex"}
    with pytest.raises(NotFoundError):
        client.channel.list_team_observers("team_missing")
    with pytest.raises(NotFoundError):
        client.channel.list_assignable_teams(conversation_id="conv_missing")


def test_conversation_counts_per_channel_type(client: ImbraceClient, imbrace_mock: MockServer) -> None:
    base = client.channel.get_conv_count()
    with imbrace_mock.store.lock:  # conversations are the inbox's (client.conversations); two of them here
        table = imbrace_mock.store.table("conversations")
        for n, (channel, status, members) in enumerate(
            ((DEMO_CHANNEL_ID, "open", [DEMO_USER_ID]), (DEMO_WHATSAPP_CHANNEL_ID, "closed", []))
        ):
            table[f"conv_count_{n}"] = {
                "id": f"conv_count_{n}",
                "organization_id": DEMO_ORGANIZATION_ID,
                "channel_id": channel,
                "team_id": DEMO_TEAM_ID,
                "status": status,
                "members": members,
                "assignees": [],
            }
    after = client.channel.get_conv_count()
    assert after.total == base.total + 2
    assert (
        client.channel.get_conv_count(status="closed").by_type.additional_properties.get("whatsapp", 0) >= 1
    )
    mine = client.channel.get_conv_count(view="joined", team_id=DEMO_TEAM_ID)
    assert mine.by_type["web"] >= 1 and "whatsapp" not in mine.by_type.additional_properties


def test_another_organization_never_sees_these_channels(imbrace_mock: MockServer) -> None:
    with other_org(imbrace_mock) as other:
        assert other.channel.list().data == [] and other.channel.get_count().total == 0
        for call in (
            lambda: other.channel.get(DEMO_CHANNEL_ID),
            lambda: other.channel.update(DEMO_CHANNEL_ID, {"active": False}),
            lambda: other.channel.delete(DEMO_CHANNEL_ID),
            lambda: other.channel.get_credential(DEMO_FACEBOOK_CREDENTIAL_ID),
            lambda: other.channel.list_team_observers(DEMO_TEAM_ID),
            lambda: other.settings.get_message_template(DEMO_MESSAGE_TEMPLATE_ID),
        ):
            with pytest.raises(NotFoundError):
                call()
        mine = other.channel.create_web("Theirs")
        assert other.platform.init_channel({"name": "x"}).id == mine.id
        assert other.settings.list_message_templates().data == []
        assert other.settings.list_whatsapp_templates().data == []
    with ImbraceClient(base_url=imbrace_mock.url, api_key="api_test") as demo:
        assert mine.id not in ids(demo.channel.list(limit=100))
        assert demo.platform.init_channel({"name": "x"}).id == DEMO_CHANNEL_ID  # the default web channel


# -- outbound ----------------------------------------------------------------------------------------------
def test_whatsapp_and_email_sends_are_recorded(client: ImbraceClient, imbrace_mock: MockServer) -> None:
    sent = client.outbound.send_whatsapp(
        {"to": "+6591234567", "template_name": "order_update", "language": "en"}
    )
    assert (sent.status, sent.kind, sent.channel_id, sent.to) == (
        "sent",
        "whatsapp",
        DEMO_WHATSAPP_CHANNEL_ID,
        "+6591234567",
    )
    again = client.outbound.send_whats_app({"contact_id": DEMO_CONTACT_ID, "text": "Your order shipped"})
    assert again.to == "+84912345678" and again.contact_id == DEMO_CONTACT_ID  # the contact's number
    mail = client.outbound.send_email(
        {"contact_id": DEMO_CONTACT_ID, "subject": "Hello", "html": "<p>Hi</p>"}
    )
    assert (mail.kind, mail.to, mail.channel_id) == ("email", "alice@example.com", DEMO_EMAIL_CHANNEL_ID)
    recorded = imbrace_mock.store.table("outbound")
    assert {row["_id"] for row in recorded.values()} == {sent.field_id, again.field_id, mail.field_id}
    activities = [
        a
        for a in imbrace_mock.store.table("contact_activities").values()
        if a["contact_id"] == DEMO_CONTACT_ID
    ]
    assert {a["type"] for a in activities} >= {"outbound_whatsapp", "outbound_email"}

    for body, match in (
        ({"text": "to nobody"}, "body.to"),
        ({"to": "+1"}, "template_name"),
        ({"to": "+1", "template_name": "satisfaction_survey"}, "not an approved"),  # still PENDING
        ({"to": "+1", "text": "x", "channel_id": DEMO_CHANNEL_ID}, "not whatsapp"),
    ):
        with pytest.raises(BadRequestError, match=match):
            client.outbound.send_whatsapp(body)  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        client.outbound.send_whatsapp({"contact_id": "contact_missing", "text": "x"})
    with pytest.raises(BadRequestError, match="body.text"):
        client.outbound.send_email({"to": "a@example.com", "subject": "empty"})
    with pytest.raises(InvalidRequestError, match="body.to"):
        client.outbound.send_email({"to": [], "text": "x"})
    client.channel.update(DEMO_EMAIL_CHANNEL_ID, {"active": False})
    with pytest.raises(BadRequestError, match="no email channel"):
        client.outbound.send_email({"to": "a@example.com", "text": "x"})
    assert len(recorded) == 3  # nothing refused was recorded


# -- settings: message and WhatsApp templates --------------------------------------------------------------
def test_message_template_library(client: ImbraceClient) -> None:
    seeded = client.settings.list_message_templates()
    assert seeded.total == 3 and seeded.data[0].field_id == DEMO_MESSAGE_TEMPLATE_ID
    made = client.settings.create_message_template(
        {"title": "Refund", "text": "Your refund is on its way.", "category": "billing"}
    )
    assert (made.title, made.category) == ("Refund", "billing") and made.field_id
    assert made.field_id in [t.field_id for t in client.settings.list_message_templates({"limit": 10}).data]
    assert [t.field_id for t in client.settings.search_message_templates("REFUND").data] == [made.field_id]
    assert [t.field_id for t in client.settings.search_message_templates({"q": "closed sunday"}).data] == []
    assert [t.title for t in client.settings.search_message_templates({"q": "monday"}).data] == [
        "Opening hours"
    ]

    changed = client.settings.update_message_template(made.field_id, {"text": "Refunded."})
    assert (changed.title, changed.text) == ("Refund", "Refunded.")
    assert client.settings.get_message_template(made.field_id).text == "Refunded."

    first, rest = (
        client.settings.list_message_templates(limit=2),
        client.settings.list_message_templates(limit=2, offset=2),
    )
    v2 = client.settings.list_message_templates_v2({"limit": 10})
    assert [t.field_id for t in first.data + rest.data] == [t.field_id for t in v2.data] and v2.total == 4

    client.settings.delete_message_template(made.field_id)
    for call in (
        lambda: client.settings.get_message_template(made.field_id),
        lambda: client.settings.update_message_template(made.field_id, {"text": "x"}),
        lambda: client.settings.delete_message_template(made.field_id),
    ):
        with pytest.raises(NotFoundError):
            call()


@pytest.mark.reads_seeded_data
def test_whatsapp_templates_v1_v2_and_their_aliases(client: ImbraceClient) -> None:
    every = [t.name for t in client.settings.list_whatsapp_templates().data]
    assert every == ["order_update", "welcome_offer", "satisfaction_survey"]
    assert [t.name for t in client.settings.list_whats_app_templates().data] == every
    approved = client.settings.list_whatsapp_templates({"status": "APPROVED"})
    assert [t.name for t in approved.data] == ["order_update", "welcome_offer"]
    assert [t.name for t in client.settings.list_whatsapp_templates(language="vi").data] == [
        "satisfaction_survey"
    ]
    page = client.settings.list_whatsapp_templates_v2(limit=2)
    rest = client.settings.list_whats_app_templates_v2({"skip": 2, "limit": 2})
    assert [t.name for t in page.data + rest.data] == every and page.total == 3
    assert all(t.channel_id == DEMO_WHATSAPP_CHANNEL_ID for t in page.data)


# -- async ----------------------------------------------------------------------------------------------
async def test_async_channel_outbound_and_templates(aclient: AsyncImbraceClient) -> None:
    web = await aclient.channel.create_web("Async chat")
    assert web.type_ == "web" and web.id in [c.id for c in (await aclient.channel.list(type="web")).data]
    assert (await aclient.channel.update(web.id, {"active": False})).is_active is False
    await aclient.channel.delete(web.id)
    with pytest.raises(NotFoundError):
        await aclient.channel.get(web.id)
    with pytest.raises(InvalidRequestError, match="body.type"):
        await aclient.channel.create({"type": "fax"})  # type: ignore[typeddict-item]
    sent = await aclient.outbound.send_email({"to": "bob@example.com", "subject": "Hi", "text": "Hello"})
    assert sent.status == "sent"
    made = await aclient.settings.create_message_template({"title": "Async", "text": "Hi"})
    assert (await aclient.settings.get_message_template(made.field_id)).title == "Async"
    assert len((await aclient.settings.list_whats_app_templates_v2()).data) == 3
