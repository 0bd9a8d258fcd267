"""``client.organizations``: the caller's organizations (`/platform/v1/organizations`, `/platform/v2/...`).

``get`` is the operation of ``client.platform.get_org``, ``create`` of ``platform.create_org``, ``list_all``
of ``platform.list_all_orgs``. ``list`` picks its route by the client's token, as the official package does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from imbrace_generated.gateway import namespaces as gw_ops
from imbrace_generated.options import CallOptions

from .._resource import FlowGen, ModeT, flow

if TYPE_CHECKING:
    from imbrace_generated.gateway.models import OrganizationList

LOGIN_TOKEN_PREFIX = "login_acc_"


class Organizations(gw_ops.OrganizationsOperations[ModeT]):
    """``client.organizations``: organizations."""

    @flow
    def list(
        self, limit: int = 10, skip: int = 0, **options: Unpack[CallOptions]
    ) -> FlowGen[OrganizationList]:
        """The caller's organizations. With a short-lived login token (``login_acc_...``, what ``login``
        gives before an organization is chosen) this is the paged ``list_for_login``; with any other
        credential it is ``list_all`` (every organization, unpaged: ``limit``/``skip`` are not sent)."""
        token = self._client._config.access_token
        if token is not None and token.startswith(LOGIN_TOKEN_PREFIX) and not self._client._config.api_key:
            result: OrganizationList = yield self._call(
                "list_organizations_for_login", limit=limit, skip=skip
            )
        else:
            result = yield self._call("list_all_organizations")
        return result
