"""Pagination: one rule per pagination style, and :func:`walk_pages`, the flow every ``iter_*`` method uses.

A namespace's ``iter_*`` method is an iterating flow built from three things: ``fetch(params)`` that
builds the call for one page, the first page's ``params``, and a ``next_params(page, params)`` rule that
says what to ask for next, or ``None`` at the end. The rules are pure; the flow has no I/O, so the sync and
async clients share it. Pages are fetched lazily, one at a time, and a walk stops after ``max_pages``
whatever the server says.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from typing import Any

from ._operations import Call, Emit

Params = dict[str, Any]
NextParams = Callable[[Any, Params], "Params | None"]
DEFAULT_MAX_PAGES = 10_000


def items_of(page: Any, key: str = "data") -> list[Any]:
    """The items of a page: ``page[key]`` for an envelope, or the page itself when it is a list."""
    if isinstance(page, Sequence) and not isinstance(page, str | bytes):
        return list(page)
    try:
        value = page[key]
    except (KeyError, TypeError, IndexError):
        return []
    return list(value) if value is not None else []


def by_offset(offset_key: str, limit_key: str = "limit", key: str = "data") -> NextParams:
    """skip/limit or offset/limit: ask for the next slice until a page comes back short."""

    def next_params(page: Any, params: Params) -> Params | None:
        got = len(items_of(page, key))
        limit = params.get(limit_key)
        if got == 0 or (isinstance(limit, int) and got < limit):
            return None
        return {**params, offset_key: int(params.get(offset_key) or 0) + got}

    return next_params


def by_cursor(
    cursor_param: str = "cursor",
    cursor_keys: Sequence[str] = ("next", "cursor", "next_cursor", "nextCursor"),
    key: str = "data",
) -> NextParams:
    """An opaque cursor the server returns with each page; ends when it returns none."""

    def next_params(page: Any, params: Params) -> Params | None:
        if not items_of(page, key):
            return None
        for name in cursor_keys:
            try:
                value = page[name]
            except (KeyError, TypeError, IndexError):
                continue
            if value and value != params.get(cursor_param):
                return {**params, cursor_param: value}
        return None

    return next_params


def by_last_id(
    after_param: str = "starting_after", id_key: str = "id", more_key: str = "has_more", key: str = "data"
) -> NextParams:
    """Stripe-style: ask for items after the last id seen, while the server says there are more."""

    def next_params(page: Any, params: Params) -> Params | None:
        items = items_of(page, key)
        try:
            more = page[more_key]
        except (KeyError, TypeError, IndexError):
            more = False
        if not items or not more:
            return None
        return {**params, after_param: items[-1][id_key]}

    return next_params


def by_page(page_param: str = "page", limit_param: str = "limit", key: str = "data") -> NextParams:
    """page/limit: ask for the next page number until a page comes back short or says it is the last."""

    def next_params(page: Any, params: Params) -> Params | None:
        got = len(items_of(page, key))
        limit = params.get(limit_param)
        try:
            more = page["pagination"]["has_next"]
        except (KeyError, TypeError, IndexError):
            more = None
        if got == 0 or more is False or (more is None and isinstance(limit, int) and got < limit):
            return None
        return {**params, page_param: int(params.get(page_param) or 1) + 1}

    return next_params


PAGE_STYLES: dict[str, NextParams] = {
    "skip_limit": by_offset("skip"),
    "offset_limit": by_offset("offset"),
    "page_limit": by_page(),
    "cursor": by_cursor(),
    "starting_after": by_last_id(),
}
"""The rule of each ``x-imbrace-iter`` page style (the spec names one per paging list operation)."""


def walk_pages(
    fetch: Callable[[Params], Call],
    params: Params,
    next_params: NextParams,
    key: str = "data",
    max_pages: int = DEFAULT_MAX_PAGES,
) -> Generator[Call | Emit, Any, None]:
    """An iterating flow (see :func:`imbrace._resource.iterator_of`) over every item of a paginated list:
    fetch a page, emit its items, ask ``next_params`` for the next one; at most ``max_pages`` pages."""
    for _ in range(max_pages):
        page = yield fetch(params)
        for item in items_of(page, key):
            yield Emit(item)
        following = next_params(page, params)
        if following is None:
            return
        params = following
