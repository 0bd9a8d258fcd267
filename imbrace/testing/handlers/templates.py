"""Mock handlers for the template libraries of ``client.settings`` (`/channel-service`).

Message templates (canned replies) are plain CRUD in the ``message_templates`` table (``x-imbrace-crud``);
here are the search and the seeded libraries: three message templates and three WhatsApp templates (two
approved, one pending) of the demo organization's WhatsApp channel.
"""

from __future__ import annotations

from typing import Any

from .._app import Ctx, Reply, json_reply
from .._constants import DEMO_ORGANIZATION_ID
from .._store import Store
from . import handler, seed
from .channels import DEMO_WHATSAPP_CHANNEL_ID

DEMO_MESSAGE_TEMPLATE_ID = "mtpl_welcome"
_MESSAGE_TEMPLATES = (  # (id, title, text, category)
    (
        DEMO_MESSAGE_TEMPLATE_ID,
        "Welcome",
        "Hi {{name}}, thanks for reaching out! How can we help?",
        "greeting",
    ),
    ("mtpl_hours", "Opening hours", "We are open Monday to Friday, 9am to 6pm.", "info"),
    ("mtpl_closing", "Closing", "Glad we could help. Have a great day!", "closing"),
)
_WHATSAPP_TEMPLATES = (  # (id, name, language, category, status, body)
    ("wa_tpl_order_update", "order_update", "en", "UTILITY", "APPROVED", "Your order {{1}} is on its way."),
    ("wa_tpl_welcome", "welcome_offer", "en", "MARKETING", "APPROVED", "Welcome {{1}}! Here is 10% off."),
    ("wa_tpl_survey", "satisfaction_survey", "vi", "MARKETING", "PENDING", "Bạn hài lòng chứ?"),
)


@seed
def _seed_templates(store: Store) -> None:
    now = store.tick()
    messages = store.table("message_templates")
    for template_id, title, text, category in _MESSAGE_TEMPLATES:
        messages[template_id] = {
            "_id": template_id,
            "id": template_id,
            "title": title,
            "text": text,
            "category": category,
            "template_language": "en",
            "organization_id": DEMO_ORGANIZATION_ID,
            "created_at": now,
            "updated_at": now,
        }
    whatsapp = store.table("whatsapp_templates")
    for template_id, name, language, category, status, body in _WHATSAPP_TEMPLATES:
        whatsapp[template_id] = {
            "_id": template_id,
            "id": template_id,
            "name": name,
            "language": language,
            "category": category,
            "status": status,
            "channel_id": DEMO_WHATSAPP_CHANNEL_ID,
            "components": [{"type": "BODY", "text": body}],
            "organization_id": DEMO_ORGANIZATION_ID,
        }


@handler("search_message_templates")
def search_message_templates(ctx: Ctx) -> Reply:
    """The organization's templates whose title or text contains ``q``, ignoring case."""
    q = str(ctx.query.get("q") or "").casefold()
    with ctx.store.lock:
        found: list[dict[str, Any]] = [
            {k: v for k, v in t.items() if k != "organization_id"}
            for t in ctx.store.table("message_templates").values()
            if t.get("organization_id") == ctx.organization_id
            and (q in str(t.get("title", "")).casefold() or q in str(t.get("text", "")).casefold())
        ]
    return json_reply({"data": found, "total": len(found)})
