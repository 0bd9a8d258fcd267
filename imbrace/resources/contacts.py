"""``client.contacts``: contacts, their conversations, comments, files and activity log, CSV export and
file import, and the signed-in user's notification feed (`/channel-service/v1`).

Most methods are plain operations of the spec (``openapi/gateway.yaml``). The flow below is ``search``,
which takes both documented forms (the Python docs' ``search("text")`` sends ``GET _search?q=``, the
platform spec's body ``search({"query": ..., "limit": ..., "offset": ...})`` sends ``POST _search``). Uploads are plain operations too
(``upload_contacts`` and ``upload_avatar`` are the official package's two names for one route).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from imbrace_generated.gateway import namespaces as gw_ops
from imbrace_generated.options import CallOptions

from .._errors import InvalidRequestError
from .._resource import FlowGen, ModeT, flow

if TYPE_CHECKING:
    from imbrace_generated.gateway.models import ContactList


class Contacts(gw_ops.ContactsOperations[ModeT]):
    """``client.contacts``: contacts and what hangs on them, and the user's notifications."""

    @flow
    def search(
        self,
        query: str | Mapping[str, Any],
        limit: int | None = None,
        skip: int | None = None,
        offset: int | None = None,
        **options: Unpack[CallOptions],
    ) -> FlowGen[ContactList]:
        """Contacts whose name, email or phone contains ``query``: ``search("alice@example.com")``, also
        with ``limit``/``skip``; the TypeScript form ``search({"q": ..., "limit": ...})``; or the platform
        spec's body ``search({"query": ..., "limit": ..., "offset": ...})`` (sent as ``POST _search``)."""
        if isinstance(query, Mapping):
            given = dict(query)
            if "query" in given:  # the platform spec's body form
                body = {"limit": limit, "offset": offset if offset is not None else skip, **given}
                body = {k: v for k, v in body.items() if v is not None}
                result: ContactList = yield self._call("search_contacts_by_body", body=body)
                return result
            query = given.pop("q", None)  # the TypeScript form {q, limit, skip}
            limit = given.pop("limit", limit)
            skip = given.pop("skip", given.pop("offset", skip if skip is not None else offset))
        else:
            given = {}
            if offset is not None and skip is None:
                skip = offset
        if not isinstance(query, str):
            raise InvalidRequestError("query", "give the text to search for")
        call = self._call("search_contacts", query=query, limit=limit, skip=skip)
        if given:  # keys the spec does not name travel as they are (as with x-imbrace-mapping)
            call.options["extra_query"] = given
        found: ContactList = yield call
        return found
