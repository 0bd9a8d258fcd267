"""client.campaign against the mock: campaigns and touchpoints CRUD with paging, both documented
touchpoint body forms and both validate_touchpoint forms, cascade on delete, typed 404s, async."""

from __future__ import annotations

import asyncio

import pytest

from imbrace import AsyncImbraceClient, ImbraceClient, NotFoundError
from imbrace.testing import MockServer


def test_campaign_and_touchpoint_lifecycle(client: ImbraceClient) -> None:
    assert [c["_id"] for c in client.campaign.list()["data"]] == ["camp_demo"]
    made = client.campaign.create({"name": "Q3 Re-engagement", "channel_type": "whatsapp"})
    assert made["status"] == "draft" and client.campaign.get(made["_id"])["name"] == "Q3 Re-engagement"
    page = client.campaign.list({"limit": 1, "offset": 1})  # the official one-dict form
    assert page["total"] == 2 and len(page["data"]) == 1
    assert client.campaign.list(channel_type="whatsapp")["total"] == 2
    ref = client.campaign.create_touchpoint(
        {"name": "Welcome", "type": "message", "campaign_id": made["_id"], "message": {"text": "Hi!"}}
    )
    res = client.campaign.create_touchpoint({"campaign_id": made["_id"], "type": "email", "delay_days": 3})
    listed = client.campaign.list_touchpoints({"campaign_id": made["_id"]})
    assert {t["_id"] for t in listed["data"]} == {ref["_id"], res["_id"]}
    assert client.campaign.update_touchpoint(res["_id"], {"delay_days": 5})["delay_days"] == 5
    assert client.campaign.get_touchpoint(res["_id"])["type"] == "email"
    verdict = client.campaign.validate_touchpoint({"touchpoint_id": ref["_id"]})
    assert verdict["valid"] is True and verdict["errors"] == []
    verdict = client.campaign.validate_touchpoint({"touchpoint_id": res["_id"]})
    assert not verdict["valid"] and "template_id" in verdict["errors"][0]
    assert client.campaign.validate_touchpoint({"type": "email", "template_id": "tpl_xxx"})["valid"]
    client.campaign.delete_touchpoint(ref["_id"])
    with pytest.raises(NotFoundError):
        client.campaign.get_touchpoint(ref["_id"])
    client.campaign.delete(made["_id"])
    with pytest.raises(NotFoundError):
        client.campaign.get(made["_id"])
    with pytest.raises(NotFoundError):  # its touchpoints went with it
        client.campaign.get_touchpoint(res["_id"])
    with pytest.raises(NotFoundError):
        client.campaign.create_touchpoint({"campaign_id": made["_id"], "type": "email"})
    with pytest.raises(NotFoundError):
        client.campaign.validate_touchpoint({"touchpoint_id": "tp_nope"})


def test_async_campaign(imbrace_mock: MockServer) -> None:
    async def main() -> None:
        async with AsyncImbraceClient(base_url=imbrace_mock.url, api_key="api_test", max_retries=0) as client:
            made = await client.campaign.create({"name": "Async", "channel_type": "email"})
            touchpoints = await client.campaign.list_touchpoints(campaign_id="camp_demo")
            assert [t["_id"] for t in touchpoints["data"]] == ["tp_demo"]
            await client.campaign.delete(made["_id"])
            assert (await client.campaign.list())["total"] == 1

    asyncio.run(main())
