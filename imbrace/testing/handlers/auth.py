"""Mock handlers for sign-in (``client.auth``) and API keys (``client.api_keys``).

People sign in with a password or an emailed one-time code and get a login token; exchanging it for one of
their organizations gives an access token; a signed-in user can mint API keys and revoke them (see
``_identity.py`` for what each credential may do). Mail the platform would send (codes, reset tokens,
verification links) lands in ``server.outbox`` instead.

A person is an entry of the ``logins`` table (email, password, verified); their memberships are their rows in
``platform_users``, one per organization. Google, SSO and identity tokens are accepted in the form
``"<provider>:<email>"`` (``"google:user@example.com"``) for a person the mock knows.
"""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from .._app import Ctx, MockError, Reply, json_reply
from .._constants import DEMO_ORGANIZATION_ID
from .._identity import ACCESS_TTL, CREDENTIALS, LOGIN_TTL, USERS, issue, member_row, seed_demo_key
from .._store import Store
from . import handler, seed

LOGINS = "logins"  # email -> {email, password, verified}
OTPS = "otps"  # email -> {code, expires_at}
RESETS = "password_resets"  # reset token -> email
API_KEYS = "api_keys"  # key id -> the key's record (its value lives in the credentials table)
OTP_TTL = 10 * 60.0
SECOND_ORGANIZATION_ID = "org_acme"

# (email, password, [(user id, organization, role, display name)]): documented in the README.
SEEDED_PEOPLE: tuple[tuple[str, str, tuple[tuple[str, str, str, str], ...]], ...] = (
    ("demo@example.com", "demo-password", (("user_demo", DEMO_ORGANIZATION_ID, "admin", "Demo User"),)),
    ("user@example.com", "password123", (("user_docs", DEMO_ORGANIZATION_ID, "agent", "Example User"),)),
    (
        "owner@example.com",
        "owner-password",
        (
            ("user_owner", DEMO_ORGANIZATION_ID, "admin", "Olive Owner"),
            ("user_owner_acme", SECOND_ORGANIZATION_ID, "admin", "Olive Owner"),
        ),
    ),
    ("ops@acme.example", "acme-password", (("user_acme_ops", SECOND_ORGANIZATION_ID, "agent", "Acme Ops"),)),
)


def add_person(
    store: Store, email: str, password: str, organization_id: str, role: str, display_name: str | None
) -> str:
    """A verified person with a password and a membership of ``organization_id``; returns its user id."""
    email = email.strip().lower()
    with store.lock:
        store.table(LOGINS)[email] = {"email": email, "password": password, "verified": True}
        existing = member_row(store, email, organization_id)
        if existing is not None:
            return str(existing["id"])
        user_id = store.new_id("user_")
        name = display_name or email.split("@")[0]
        now = store.tick()
        store.table(USERS)[user_id] = {
            "id": user_id,
            "_id": user_id,
            "email": email,
            "display_name": name,
            "first_name": name.split(" ")[0],
            "last_name": name.split(" ")[-1],
            "role": role,
            "status": "active",
            "is_active": True,
            "organization_id": organization_id,
            "created_at": now,
            "updated_at": now,
        }
        return user_id


@seed
def _seed(store: Store) -> None:
    now = store.tick()
    store.table("organizations")[SECOND_ORGANIZATION_ID] = {
        "id": SECOND_ORGANIZATION_ID,
        "_id": SECOND_ORGANIZATION_ID,
        "name": "Acme Support",
        "is_active": True,
        "owner_id": "user_owner_acme",
        "created_at": now,
        "updated_at": now,
    }
    users = store.table(USERS)
    for email, password, memberships in SEEDED_PEOPLE:
        store.table(LOGINS)[email] = {"email": email, "password": password, "verified": True}
        for user_id, org, role, name in memberships:
            first, last = name.split(" ")
            users.setdefault(
                user_id,
                {
                    "id": user_id,
                    "_id": user_id,
                    "email": email,
                    "display_name": name,
                    "first_name": first,
                    "last_name": last,
                    "role": role,
                    "status": "active",
                    "is_active": True,
                    "organization_id": org,
                    "created_at": now,
                    "updated_at": now,
                },
            )
    seed_demo_key(store)


# -- helpers ------------------------------------------------------------------------------------------------
def send_mail(ctx: Ctx, to: str, kind: str, **fields: Any) -> None:
    """What the platform would email: appended to ``server.outbox`` for tests to read."""
    ctx.server.outbox.append({"to": to, "kind": kind, **fields})


def _memberships(ctx: Ctx, email: str) -> list[dict[str, Any]]:
    """The person's rows in ``platform_users``, one per organization, in a stable order."""
    rows = [u for u in ctx.store.table(USERS).values() if u.get("email") == email]
    return sorted(rows, key=lambda u: (u["organization_id"] != DEMO_ORGANIZATION_ID, u["organization_id"]))


def _login_result(ctx: Ctx, email: str) -> Reply:
    """A login token for the person and the organizations they belong to (401 when they belong to none)."""
    rows = _memberships(ctx, email)
    active = [u for u in rows if u.get("status", "active") == "active"]
    if not active:
        raise MockError(401, "this account belongs to no active organization")
    organizations = ctx.store.table("organizations")
    token = issue(
        ctx.store,
        "login",
        user_id=active[0]["id"],
        organization_id=active[0]["organization_id"],
        ttl=LOGIN_TTL,
    )
    expires = ctx.store.table(CREDENTIALS)[token]["expires_at"]
    return json_reply(
        {
            "token": token,
            "accessToken": token,
            "email": email,
            "user_id": active[0]["id"],
            "userId": active[0]["id"],
            "expired_at": _iso(expires),
            "organizations": [
                {
                    "organization_id": u["organization_id"],
                    "id": u["organization_id"],
                    "display_name": organizations.get(u["organization_id"], {}).get("name", ""),
                    "name": organizations.get(u["organization_id"], {}).get("name", ""),
                    "role": u.get("role", ""),
                    "status": u.get("status", "active"),
                }
                for u in active
            ],
        }
    )


def _iso(epoch: float) -> str:
    import datetime

    return datetime.datetime.fromtimestamp(epoch, datetime.UTC).isoformat().replace("+00:00", "Z")


def _known(ctx: Ctx, email: str) -> dict[str, Any]:
    person: dict[str, Any] | None = ctx.store.table(LOGINS).get(email.strip().lower())
    if person is None:
        raise MockError(401, "invalid email or password")
    if not person["verified"]:
        raise MockError(403, "verify your email address first (the link was emailed at sign-up)")
    return person


def _check_password(ctx: Ctx, email: str, password: str) -> None:
    person = _known(ctx, email)
    if not secrets.compare_digest(person["password"], password):
        raise MockError(401, "invalid email or password")


def _check_otp(ctx: Ctx, email: str, otp: str) -> None:
    """A code is good once, for 10 minutes."""
    _known(ctx, email)
    sent = ctx.store.table(OTPS).pop(email.strip().lower(), None)
    if sent is None or ctx.store.clock >= sent["expires_at"] or not secrets.compare_digest(sent["code"], otp):
        raise MockError(401, "invalid or expired one-time code")


def _sign_in(ctx: Ctx, body: dict[str, Any]) -> Reply:
    email = str(body.get("email", "")).strip().lower()
    with ctx.store.lock:
        if body.get("otp"):
            _check_otp(ctx, email, str(body["otp"]))
        elif body.get("password"):
            _check_password(ctx, email, str(body["password"]))
        else:
            raise MockError(400, "give a password or an otp")
        return _login_result(ctx, email)


def _email_of_identity_token(ctx: Ctx, token: str) -> str:
    """The mock's identity tokens are ``"<provider>:<email>"`` for a person it knows."""
    _, _, email = token.partition(":")
    email = email.strip().lower()
    if not email or email not in ctx.store.table(LOGINS):
        raise MockError(401, "the identity token was not accepted")
    return email


def _sign_up(ctx: Ctx, email: str, password: str | None) -> dict[str, Any]:
    email = email.strip().lower()
    logins = ctx.store.table(LOGINS)
    if email in logins:
        raise MockError(409, "an account with this email already exists")
    logins[email] = {"email": email, "password": password or secrets.token_hex(8), "verified": False}
    send_mail(ctx, email, "verify", link=f"https://mock.imbrace.invalid/verify?email={email}")
    ctx.effect()
    return {"userId": "login_" + hashlib.sha256(email.encode()).hexdigest()[:12], "email": email}


# -- sign-in ------------------------------------------------------------------------------------------------
@handler("authenticate")
def authenticate(ctx: Ctx) -> Reply:
    return _sign_in(ctx, ctx.body)


@handler("sign_in")
def sign_in(ctx: Ctx) -> Reply:
    return _sign_in(ctx, {"email": ctx.body["email"], "password": ctx.body["password"]})


@handler("signin_with_email")
def signin_with_email(ctx: Ctx) -> Reply:
    return _sign_in(ctx, {"email": ctx.body["email"], "otp": ctx.body["otp"]})


@handler("signin_with_email_identity")
def signin_with_email_identity(ctx: Ctx) -> Reply:
    return _sign_in(ctx, ctx.body)


@handler("signin_email_request")
def signin_email_request(ctx: Ctx) -> Reply:
    """A code goes to a known, verified address; an unknown one gets the same answer and no mail."""
    email = ctx.body["email"].strip().lower()
    with ctx.store.lock:
        person = ctx.store.table(LOGINS).get(email)
        if person is not None and person["verified"]:
            code = ctx.server.otp_code or f"{secrets.randbelow(10**6):06d}"
            ctx.store.table(OTPS)[email] = {"code": code, "expires_at": ctx.store.clock + OTP_TTL}
            send_mail(ctx, email, "otp", code=code)
    return json_reply({"message": "if the address is known, a code was sent"})


@handler("signin_sso")
def signin_sso(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        return _login_result(ctx, _email_of_identity_token(ctx, str(ctx.body.get("code", ""))))


@handler("signin_with_identity")
def signin_with_identity(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        return _login_result(ctx, _email_of_identity_token(ctx, ctx.body["identity_token"]))


@handler("signin_with_google")
def signin_with_google(ctx: Ctx) -> Reply:
    token = str(ctx.body.get("id_token") or ctx.body.get("access_token") or "")
    with ctx.store.lock:
        return _login_result(ctx, _email_of_identity_token(ctx, token))


@handler("signup_with_google")
def signup_with_google(ctx: Ctx) -> Reply:
    """A Google identity is verified already: the account can sign in at once (it has no organization yet)."""
    token = str(ctx.body.get("id_token") or ctx.body.get("access_token") or "")
    _, _, email = token.partition(":")
    if "@" not in email:
        raise MockError(401, "the identity token was not accepted")
    with ctx.store.lock:
        _sign_up(ctx, email, None)
        ctx.store.table(LOGINS)[email.strip().lower()]["verified"] = True
        return json_reply({"email": email.strip().lower(), "organizations": []})


@handler("sign_up")
def sign_up(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        return json_reply(_sign_up(ctx, ctx.body["email"], ctx.body.get("password")))


@handler("signup_with_email")
def signup_with_email(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        return json_reply(_sign_up(ctx, ctx.body["email"], ctx.body.get("password")))


@handler("verify_sign_up_check")
def verify_sign_up_check(ctx: Ctx) -> Reply:
    email = ctx.query["email"].strip().lower()
    person = ctx.store.table(LOGINS).get(email)
    if person is None:
        raise MockError(404, "no account with this email")
    return json_reply({"verified": person["verified"], "email": email})


@handler("resend_verification_email")
def resend_verification_email(ctx: Ctx) -> Reply:
    email = ctx.query["email"].strip().lower()
    person = ctx.store.table(LOGINS).get(email)
    if person is not None and not person["verified"]:
        send_mail(ctx, email, "verify", link=f"https://mock.imbrace.invalid/verify?email={email}")
    return json_reply({"message": "if the account awaits verification, the link was sent again"})


@handler("upload_sign_up_photo")
def upload_sign_up_photo(ctx: Ctx) -> Reply:
    upload, _ = ctx.form()
    name = upload.filename or "photo"
    return json_reply({"url": f"https://files.mock.imbrace.invalid/signup/{ctx.store.new_id('ph_')}/{name}"})


# -- passwords ----------------------------------------------------------------------------------------------
@handler("forgot_password")
def forgot_password(ctx: Ctx) -> Reply:
    email = ctx.query["email"].strip().lower()
    with ctx.store.lock:
        if email in ctx.store.table(LOGINS):
            token = "reset_" + secrets.token_hex(12)
            ctx.store.table(RESETS)[token] = email
            send_mail(ctx, email, "password_reset", token=token)
    return json_reply({"message": "if the address is known, a reset link was sent"})


@handler("reset_password")
def reset_password(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        email = ctx.store.table(RESETS).pop(ctx.body["token"], None)
        if email is None:
            raise MockError(400, "the reset token is invalid or was used already")
        ctx.store.table(LOGINS)[email]["password"] = ctx.body["password"]
        ctx.effect()
    return json_reply({"message": "password changed"})


@handler("get_login_providers")
def get_login_providers(ctx: Ctx) -> Reply:
    return json_reply(
        {
            "providers": [
                {"name": "Password", "type": "password", "url": None},
                {"name": "Email code", "type": "email", "url": None},
                {"name": "Google", "type": "google", "url": "https://accounts.google.com/o/oauth2/auth"},
                {"name": "Azure AD", "type": "sso", "url": "https://login.microsoftonline.com/"},
            ]
        }
    )


# -- organization tokens ------------------------------------------------------------------------------------
def _access_token(ctx: Ctx, email: str, organization_id: str) -> Reply:
    row = member_row(ctx.store, email, organization_id)
    if row is None:
        raise MockError(403, f"the user does not belong to organization {organization_id}")
    token = issue(ctx.store, "access", user_id=row["id"], organization_id=organization_id, ttl=ACCESS_TTL)
    expires = ctx.store.table(CREDENTIALS)[token]["expires_at"]
    return json_reply(
        {
            "token": token,
            "access_token": token,
            "refresh_token": "ref_" + secrets.token_hex(12),
            "organization_id": organization_id,
            "expired_at": _iso(expires),
        }
    )


@handler("exchange_access_token")
def exchange_access_token(ctx: Ctx) -> Reply:
    """The caller's login (or access) token for an access token of one of their organizations."""
    identity = ctx.identity
    if identity is None or identity.email is None:
        raise MockError(401, "sign in first")
    with ctx.store.lock:
        return _access_token(ctx, identity.email, ctx.body["organization_id"])


@handler("exchange_access_token_with_token")
def exchange_access_token_with_token(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        record = ctx.store.table(CREDENTIALS).get(ctx.body["token"])
        if record is None or record["revoked"] or record["kind"] == "api_key":
            raise MockError(401, "the token in the body is not a valid login or access token")
        if record["expires_at"] is not None and ctx.store.clock >= record["expires_at"]:
            raise MockError(401, "the token in the body has expired")
        email = ctx.store.table(USERS)[record["user_id"]]["email"]
        return _access_token(ctx, email, ctx.body.get("organization_id") or record["organization_id"])


# -- SSO settings -------------------------------------------------------------------------------------------
@handler("get_azure_groups")
def get_azure_groups(ctx: Ctx) -> Reply:
    return json_reply(
        {
            "groups": [
                {"id": "grp_support", "displayName": "Support"},
                {"id": "grp_admins", "displayName": "Admins"},
            ]
        }
    )


@handler("bulk_update_oidc_role_mappings")
def bulk_update_oidc_role_mappings(ctx: Ctx) -> Reply:
    """The organization's mappings become exactly the given list."""
    with ctx.store.lock:
        table = ctx.store.table("oidc_role_mappings")
        for key in [k for k, m in table.items() if m["organization_id"] == ctx.organization_id]:
            del table[key]
        made = []
        for mapping in ctx.body["mappings"]:
            mapping_id = ctx.store.new_id("oidc_")
            table[mapping_id] = {**mapping, "_id": mapping_id, "organization_id": ctx.organization_id}
            made.append({k: v for k, v in table[mapping_id].items() if k != "organization_id"})
        ctx.effect()
        return json_reply(made)


@handler("resolve_aws_marketplace_customer")
def resolve_aws_marketplace_customer(ctx: Ctx) -> Reply:
    digest = hashlib.sha256(ctx.body["registrationToken"].encode()).hexdigest()
    return json_reply({"customerId": f"cust_{digest[:12]}", "productCode": "imbrace-platform"})


# -- API keys -----------------------------------------------------------------------------------------------
def _mint(ctx: Ctx) -> Reply:
    """A new API key of the caller's user and organization. Minting needs a user's access token."""
    identity = ctx.identity
    if identity is not None and identity.kind == "api_key":
        raise MockError(403, "minting an API key needs a user's access token, not an API key")
    body = ctx.body or {}
    never = bool(body.get("neverExpire"))
    days = None if never else int(body.get("expirationDays") or 365)
    ttl = None if days is None else days * 86400.0
    with ctx.store.lock:
        key_id = ctx.store.new_id("key_")
        token = issue(
            ctx.store,
            "api_key",
            user_id=ctx.user_id,
            organization_id=ctx.organization_id,
            ttl=ttl,
            key_id=key_id,
        )
        now = ctx.store.tick()
        expires = ctx.store.table(CREDENTIALS)[token]["expires_at"]
        record = {
            "_id": key_id,
            "name": body.get("name") or "API key",
            "organization_id": ctx.organization_id,
            "user_id": ctx.user_id,
            "is_active": True,
            "expired_at": None if expires is None else _iso(expires),
            "created_at": now,
            "updated_at": now,
            "is_temp": False,
            "permissions": list(body.get("permissions") or []),
            "token": token,
        }
        ctx.store.table(API_KEYS)[key_id] = record
        ctx.effect()
    return json_reply(
        {"apiKey": {**record, "apiKey": token}, "expires_in": None if ttl is None else int(ttl)}
    )


@handler("get_third_party_token")
def get_third_party_token(ctx: Ctx) -> Reply:
    return _mint(ctx)


@handler("get_third_party_token_platform")
def get_third_party_token_platform(ctx: Ctx) -> Reply:
    """The incumbent's route: the platform service names the key's value ``token`` only."""
    reply = _mint(ctx)
    reply.body["apiKey"].pop("apiKey")
    return reply


@handler("create_api_key")
def create_api_key(ctx: Ctx) -> Reply:
    reply = _mint(ctx)
    reply.body["apiKey"].pop("apiKey")
    return reply


def _public(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k != "token"}


@handler("list_api_keys")
def list_api_keys(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        keys = [
            _public(k)
            for k in ctx.store.table(API_KEYS).values()
            if k["organization_id"] == ctx.organization_id and k["user_id"] == ctx.user_id
        ]
    return json_reply(keys)


@handler("revoke_api_key")
def revoke_api_key(ctx: Ctx) -> Reply:
    with ctx.store.lock:
        record = ctx.store.table(API_KEYS).get(ctx.path["key_id"])
        if record is None or record["organization_id"] != ctx.organization_id or not record["is_active"]:
            raise MockError(404, f"API key {ctx.path['key_id']} not found")
        record["is_active"] = False
        record["updated_at"] = ctx.store.tick()
        ctx.store.table(CREDENTIALS)[record["token"]]["revoked"] = True
        ctx.effect()
        return json_reply(_public(record))
