"""``client.categories``: the organization's conversation categories (`/v1/platform/categories`, the
official package's route). All plain operations of the spec; ``list`` also takes the official package's one
dict of query parameters (``list({"search": "billing"})``)."""

from __future__ import annotations

from imbrace_generated.gateway import namespaces as gw_ops

from .._resource import ModeT


class Categories(gw_ops.CategoriesOperations[ModeT]):
    """``client.categories``: list, get, create, update and delete conversation categories."""
