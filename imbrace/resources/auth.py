"""``client.auth``: sign-in, organization tokens, SSO settings and minting API keys (``/platform``).

The sign-in calls are plain operations of the spec. The client's helpers (``client.login``,
``client.login_with_otp``, ``client.select_organization``...) build on them and keep the token. What is here:

* ``get_third_party_token``: the docs' route (``/private/backend/v1/third_party_token``) first; where a
  gateway no longer serves it (404), the incumbent's ``/v1/platform/third_party_token``. Either way the key's
  value is at ``res["apiKey"]["apiKey"]``, as the docs read it (the platform service names it ``token``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from imbrace_generated.gateway import namespaces as gw_ops
from imbrace_generated.options import CallOptions

from .._errors import InvalidRequestError, NotFoundError
from .._operations import Call
from .._resource import FlowGen, ModeT, flow

if TYPE_CHECKING:
    from imbrace_generated.gateway.models import ApiKeyEnvelope


class Auth(gw_ops.AuthOperations[ModeT]):
    """``client.auth``: sign-in, token exchange, SSO and OIDC settings, API keys."""

    @flow
    def get_third_party_token(
        self, expiration_days: int = 10, **options: Unpack[CallOptions]
    ) -> FlowGen[ApiKeyEnvelope]:
        """Mint an API key (``api_…``) for the signed-in user; needs an access token, not an API key.

        ``res["apiKey"]["apiKey"]`` is the key (shown once); ``res["expires_in"]`` its lifetime in seconds.
        """
        if (
            isinstance(expiration_days, bool)
            or not isinstance(expiration_days, int)
            or not 1 <= expiration_days <= 3650
        ):
            raise InvalidRequestError("expiration_days", "must be a whole number of days, from 1 to 3650")
        body = {"expirationDays": expiration_days}
        try:
            result: ApiKeyEnvelope = yield Call(self._op("get_third_party_token"), body=body)
        except NotFoundError:
            result = yield Call(self._op("get_third_party_token_platform"), body=body)
        key = result.api_key
        if not key.api_key and key.token:
            key.api_key = key.token
        return result
