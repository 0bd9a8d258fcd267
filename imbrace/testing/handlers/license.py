"""Mock handlers for the installation's license (``client.license``, ``GET``/``POST /license``).

One license per mock server (it belongs to the installation, not an organization), seeded as an active
enterprise license. A key is ``IMB-<PLAN>-XXXX-XXXX`` (groups of four capitals or digits) with the plan
``ENTR``, ``PROF`` or ``STRT``; activating one replaces the license, anything else is a 400. The key is
only ever shown masked.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from .._app import Ctx, MockError, Reply, json_reply
from .._audit import now
from .._store import Store
from . import handler, seed

LICENSE = "license"
_CURRENT = "current"
_KEY = re.compile(r"^IMB-([A-Z]{4})-([A-Z0-9]{4})-([A-Z0-9]{4})$")
_EVERYTHING = ["rbac", "audit_trail", "sso", "ai_agents", "workflows", "data_board"]
PLANS: dict[str, tuple[str, int, list[str]]] = {  # code -> (plan, seats, features)
    "ENTR": ("enterprise", 500, _EVERYTHING),
    "PROF": ("professional", 50, ["rbac", "ai_agents", "workflows", "data_board"]),
    "STRT": ("starter", 5, ["ai_agents", "data_board"]),
}
SEEDED_KEY = "IMB-ENTR-DEMO-0001"


def _license(key: str, activated: str) -> dict[str, Any]:
    code = key.split("-")[1]
    plan, seats, features = PLANS[code]
    expires = datetime.datetime.fromisoformat(activated) + datetime.timedelta(days=365)
    return {
        "key": "IMB-" + code + "-****-" + key[-4:],
        "plan": plan,
        "status": "active",
        "valid": True,
        "seats": seats,
        "features": list(features),
        "activatedAt": activated,
        "expiresAt": expires.isoformat().replace("+00:00", "Z"),
    }


@seed
def _seed(store: Store) -> None:
    store.table(LICENSE)[_CURRENT] = _license(SEEDED_KEY, now(store))  # the clock is not advanced


@handler("get_license")
def get_license(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        return json_reply(dict(ctx.store.table(LICENSE)[_CURRENT]))


@handler("activate_license")
def activate_license(ctx: Ctx) -> Reply:
    key = str(ctx.body["key"]).strip()
    match = _KEY.match(key)
    if match is None:
        raise MockError(400, "invalid license key: expected IMB-<PLAN>-XXXX-XXXX")
    if match.group(1) not in PLANS:
        raise MockError(400, f"invalid license key: unknown plan {match.group(1)}")
    with ctx.store.lock:
        ctx.store.table(LICENSE)[_CURRENT] = current = _license(key, ctx.store.tick())
        ctx.effect()
        return json_reply(dict(current))
