"""``client.contacts``: contacts, their conversations, comments, files and activity log, CSV export and
file import, and the signed-in user's notification feed (`/channel-service/v1`).

Most methods are plain operations of the spec (``openapi/gateway.yaml``). The flows below are ``search``,
which takes both documented forms (the Python docs' ``search("text")`` sends ``GET _search?q=``, the
platform spec's body ``search({"query": ..., "limit": ..., "offset": ...})`` sends ``POST _search``), and the
two upload names of the official package (``upload_contacts``, ``upload_avatar``: one route).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

from imbrace_generated.gateway import namespaces as gw_ops
from imbrace_generated.options import CallOptions

from .._errors import InvalidRequestError
from .._files import FileInput, multipart_files
from .._operations import Call
from .._resource import FlowGen, ModeT, Resource, flow

if TYPE_CHECKING:
    from imbrace_generated.gateway.models import ContactList, ContactUploadResult


def upload_flow(ns: Resource[Any], files: FileInput, contact_id: str | None) -> FlowGen[ContactUploadResult]:
    """Upload to ``contacts/_fileupload``: a CSV imports contacts; any other file is stored (and with
    ``contact_id`` joins that contact's files)."""
    body = multipart_files(files, fields={"contact_id": contact_id})
    result: ContactUploadResult = yield Call(ns._op("upload_contact_file"), body=body)
    return result


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

    @flow
    def upload_contacts(
        self, files: FileInput, contact_id: str | None = None, **options: Unpack[CallOptions]
    ) -> FlowGen[ContactUploadResult]:
        """Upload a file to contacts: ``files={"file": open("contacts.csv", "rb")}``, a path, bytes or a
        ``(name, content, type)`` tuple; streamed. A ``.csv`` with a header row (``display_name``,
        ``email``, ``phone_number``, ...) imports its rows as contacts, all or none (a bad line is a 400
        naming it); any other file (an avatar) is stored and answers its ``url``, and with ``contact_id``
        it is attached to that contact (``get_files``)."""
        return (yield from upload_flow(self, files, contact_id))

    @flow
    def upload_avatar(
        self, files: FileInput, contact_id: str | None = None, **options: Unpack[CallOptions]
    ) -> FlowGen[ContactUploadResult]:
        """The TypeScript name of :meth:`upload_contacts` (the same route): upload an avatar or a file;
        answers its ``url``."""
        return (yield from upload_flow(self, files, contact_id))
