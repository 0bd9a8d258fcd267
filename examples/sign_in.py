"""Sign in with an emailed code, pick an organization, mint an API key and use it (against the mock).

    python examples/sign_in.py                  # the embedded mock, as owner@example.com
    python examples/sign_in.py --base-url URL --email you@company.com   # a real gateway: type the code

On the mock the code arrives in ``server.outbox``; on a real gateway it arrives by email and you type it.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator

from imbrace import AuthError, ImbraceClient
from imbrace.testing import MockServer


@contextlib.contextmanager
def gateway(base_url: str | None) -> Iterator[tuple[str, MockServer | None]]:
    if base_url:
        yield base_url, None
        return
    with MockServer() as server:
        yield server.url, server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help="a real gateway (default: the embedded mock)")
    parser.add_argument("--email", default="owner@example.com")
    args = parser.parse_args()

    with gateway(args.base_url) as (url, server), ImbraceClient(base_url=url) as client:
        # 1. Ask for a code, then sign in with it: a short-lived login token and the user's organizations.
        client.request_otp(args.email)
        code = server.outbox[-1]["code"] if server else input(f"code sent to {args.email}: ").strip()
        res = client.login_with_otp(args.email, code)
        organizations = res["organizations"]
        for n, org in enumerate(organizations):
            print(f"  [{n}] {org['organization_id']}  {org.get('display_name', '')}  ({org.get('role', '')})")

        # 2. The login token can only list organizations: exchange it for one organization's token.
        chosen = organizations[-1]["organization_id"]
        client.select_organization(chosen)
        me = client.platform.get_me()
        print(f"signed in as {me['email']} in {client.organization_id}")

        # 3. Mint an API key for a backend service; its value is shown only now.
        minted = client.auth.get_third_party_token(expiration_days=30)
        key = minted["apiKey"]
        print(f"minted API key {key['_id']} (expires in {minted['expires_in'] // 86400} days)")

        # 4. The key authenticates as the organization, until it is revoked.
        with ImbraceClient(base_url=url, api_key=key["apiKey"]) as service:
            print("the key acts for", service.platform.get_me()["organization_id"])
            client.api_keys.delete(key["_id"])
            try:
                service.platform.get_me()
            except AuthError as exc:
                print("after revoking:", exc)

        client.clear_access_token()
        print("signed out")


if __name__ == "__main__":
    main()
