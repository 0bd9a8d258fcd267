"""Who is calling: the credentials the mock issued, and the user and organization each stands for.

Sign-in issues three kinds of credential, as the platform does (docs: sdk/authentication.md):

* a **login token** (``login_acc_…``, 3 hours) from a password or OTP sign-in. It can only list the user's
  organizations and be exchanged for an access token: operations marked ``x-imbrace-login-token: true``.
* an **access token** (``acc_…``, 30 days) of one organization, from that exchange.
* an **API key** (``api_…``) minted by a signed-in user, bound to the user's organization until revoked.

A credential the mock did not issue acts as the seeded demo user, in the organization the request names
(``x-organization-id``) or the demo organization, so any non-empty key works in tests and the demo. With
``MockServer(strict_auth=True)`` such a credential gets 401. A revoked or expired credential always gets 401,
and the message names the kind of credential and its header, never its value.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._app import MockError
from ._constants import DEMO_API_KEY, DEMO_ORGANIZATION_ID, DEMO_USER_ID

if TYPE_CHECKING:
    from ._server import MockServer
    from ._spec import Route
    from ._store import Store

CREDENTIALS = "credentials"  # store table: credential value -> its record
USERS = "platform_users"  # one row per user and organization (a person with two organizations has two)
LOGIN_TTL = 3 * 3600.0
ACCESS_TTL = 30 * 86400.0
_NAMES = {"login": "login token", "access": "access token", "api_key": "API key"}
_PREFIXES = {"login": "login_acc_", "access": "acc_", "api_key": "api_"}


@dataclass(frozen=True)
class Identity:
    """The caller of one request. ``user_id`` is a ``platform_users`` row (of ``organization_id``)."""

    kind: str  # "anonymous" | "demo" | "login" | "access" | "api_key"
    user_id: str | None
    organization_id: str
    email: str | None = None


def issue(
    store: Store, kind: str, *, user_id: str, organization_id: str, ttl: float | None, **extra: Any
) -> str:
    """Issue a credential of ``kind`` for a user of an organization; ``ttl`` in seconds, None = no expiry."""
    token = _PREFIXES[kind] + secrets.token_hex(16)
    with store.lock:
        store.table(CREDENTIALS)[token] = {
            "kind": kind,
            "user_id": user_id,
            "organization_id": organization_id,
            "expires_at": None if ttl is None else store.clock + ttl,
            "revoked": False,
            **extra,
        }
    return token


def seed_demo_key(store: Store) -> None:
    """The documented demo key is an issued API key of the demo user, so it works under strict auth too."""
    store.table(CREDENTIALS)[DEMO_API_KEY] = {
        "kind": "api_key",
        "user_id": DEMO_USER_ID,
        "organization_id": DEMO_ORGANIZATION_ID,
        "expires_at": None,
        "revoked": False,
    }


def presented(headers: Mapping[str, str]) -> tuple[str, str] | None:
    """(header, value) of the credential a request carries, in the order the gateway reads them."""
    for header in ("x-api-key", "x-access-token"):
        if headers.get(header):
            return header, headers[header]
    auth = headers.get("authorization", "")
    if auth.lower().startswith("bearer ") and auth[7:].strip():
        return "authorization", auth[7:].strip()
    return None


def identify(server: MockServer, headers: Mapping[str, str], route: Route) -> Identity:
    """The caller of a request to ``route``, or a :class:`MockError` (401/403) saying why not."""
    named_org = headers.get("x-organization-id") or None
    found = presented(headers)
    if found is None:  # only operations with `security: []` get here (openapi-core checks the others)
        return Identity("anonymous", None, named_org or DEMO_ORGANIZATION_ID)
    if route.operation.get("security") == []:  # a public route (sign-in, health): any credential will do
        try:
            return _identify(server, found, named_org, route)
        except MockError:
            return Identity("anonymous", None, named_org or DEMO_ORGANIZATION_ID)
    return _identify(server, found, named_org, route)


def _identify(server: MockServer, found: tuple[str, str], named_org: str | None, route: Route) -> Identity:
    store = server.store
    header, value = found
    with store.lock:
        record = store.table(CREDENTIALS).get(value)
        if record is None:
            if server.strict_auth:
                raise MockError(401, f"the credential in {header} was not issued by this server")
            return Identity("demo", DEMO_USER_ID, named_org or DEMO_ORGANIZATION_ID, "demo@example.com")
        name = f"the {_NAMES[record['kind']]} ({header})"
        if record["revoked"]:
            raise MockError(401, f"{name} has been revoked")
        if record["expires_at"] is not None and store.clock >= record["expires_at"]:
            raise MockError(401, f"{name} has expired")
        user = store.table(USERS).get(record["user_id"])
        if user is None:
            raise MockError(401, f"{name} belongs to a user who no longer exists")
        if record["kind"] == "login" and not route.operation.get("x-imbrace-login-token"):
            raise MockError(
                403,
                f"{name} can only list the user's organizations: exchange it for an access token of one "
                "organization first (client.select_organization)",
            )
        if named_org and named_org != record["organization_id"] and record["kind"] != "login":
            # An organization override must be one the same person belongs to.
            other = member_row(store, user["email"], named_org)
            if other is None:
                raise MockError(403, f"{name} does not give access to organization {named_org}")
            user = other
        return Identity(record["kind"], user["id"], user["organization_id"], user["email"])


def member_row(store: Store, email: str, organization_id: str) -> dict[str, Any] | None:
    """The ``platform_users`` row of the person with ``email`` in an organization, if they belong to it."""
    for row in store.table(USERS).values():
        if row.get("email") == email and row.get("organization_id") == organization_id:
            return dict(row)
    return None
