"""Auto-paginating iterators, one per pagination style, shared by the sync and async namespaces.

A namespace's ``iter_*`` method returns a :class:`SyncPaginator` (or :class:`AsyncPaginator`) built from
three things: ``fetch(params)`` that gets one page (a normal one-page call), the first page's
``params``, and a ``next_params(page, params)`` rule that says what to ask for next, or ``None`` at the
end. The rules below are pure, and :class:`_PagePlan` applies them for both paginators, which differ only
in how they call ``fetch``. Pages are fetched lazily, one at a time, and a paginator stops after
``max_pages`` whatever the server says.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar

T = TypeVar("T")
FetchT = TypeVar("FetchT", bound=Callable[..., Any])
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


class _PagePlan:
    """Which page comes next: the first ``params``, then ``next_params(page, params)`` after each page
    seen, until that says None or ``max_pages`` were asked for. Iterate it for the params to fetch."""

    __slots__ = ("_params", "_next", "_left")

    def __init__(self, params: Params, next_params: NextParams, max_pages: int) -> None:
        self._params: Params | None = params
        self._next = next_params
        self._left = max_pages

    def __iter__(self) -> _PagePlan:
        return self

    def __next__(self) -> Params:
        if self._params is None or self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._params

    def seen(self, page: Any) -> None:
        """``page`` was fetched with the params last handed out."""
        assert self._params is not None
        self._params = self._next(page, self._params)


class _Paginator(Generic[T, FetchT]):
    """What both paginators hold; they differ only in whether ``fetch`` is awaited."""

    def __init__(
        self,
        fetch: FetchT,
        params: Params,
        next_params: NextParams,
        key: str = "data",
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        self._fetch = fetch
        self._params = params
        self._next = next_params
        self._key = key
        self._max_pages = max_pages

    def _plan(self) -> _PagePlan:
        return _PagePlan(self._params, self._next, self._max_pages)


class SyncPaginator(_Paginator[T, Callable[[Params], Any]]):
    """Iterate every item across pages (``for item in paginator``), or page by page (``.pages()``)."""

    def pages(self) -> Iterator[Any]:
        plan = self._plan()
        for params in plan:
            yield (page := self._fetch(params))
            plan.seen(page)

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from items_of(page, self._key)


class AsyncPaginator(_Paginator[T, Callable[[Params], Awaitable[Any]]]):
    """``async for item in paginator`` or ``async for page in paginator.pages()``."""

    async def pages(self) -> AsyncIterator[Any]:
        plan = self._plan()
        for params in plan:
            yield (page := await self._fetch(params))
            plan.seen(page)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in items_of(page, self._key):
                yield item
