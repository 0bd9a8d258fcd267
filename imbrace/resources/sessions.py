"""``client.sessions``: the official package's sessions namespace. No Imbrace service serves its
``/session`` routes any more, so every method raises :class:`~imbrace.RetiredMethodError` and sends
nothing, as the official package's do."""

from __future__ import annotations

from .._resource import ModeT, Resource, Retired, retired


class Sessions(Resource[ModeT]):
    """``client.sessions``: retired upstream; every method raises and sends nothing."""

    _service = "gateway"

    list: Retired = retired()
    get: Retired = retired()
    create: Retired = retired()
    delete: Retired = retired()
