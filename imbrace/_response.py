"""Raw responses: ``client.with_raw_response`` and ``client.with_streaming_response``, as in openai-python.

An :class:`APIResponse` is the HTTP response of one call (status, headers, request id, retries taken) with
``parse()`` giving what the method would have returned. Under ``with_streaming_response`` the body is not
read first: the method returns a context manager, and the body is read only by ``parse()``/``read()`` or
iterated with ``iter_bytes()``/``iter_lines()``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

if TYPE_CHECKING:
    from typing import Self

R = TypeVar("R")


class _BaseAPIResponse(Generic[R]):
    def __init__(self, response: httpx.Response, parse: Callable[[httpx.Response], R]) -> None:
        self.http_response = response
        self._parse = parse
        self._parsed: list[R] = []

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<{type(self).__name__} [{self.status_code}] {request.method} {request.url.path}>"

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The gateway's ``x-request-id`` (quote it when asking for support)."""
        request_id: str | None = self.http_response.headers.get("x-request-id")
        return request_id

    @property
    def retries_taken(self) -> int:
        """How many times the SDK retried before this response (0: the first attempt answered)."""
        retries: int = self.http_response.extensions.get("imbrace_retries", 0)
        return retries

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    def _parsed_once(self) -> R:
        if not self._parsed:
            self._parsed.append(self._parse(self.http_response))
        return self._parsed[0]


class APIResponse(_BaseAPIResponse[R]):
    """The response of a call made through ``client.with_raw_response`` (or ``with_streaming_response``)."""

    def parse(self) -> R:
        """What the method returns without ``with_raw_response`` (reads the body first if needed)."""
        self.http_response.read()
        return self._parsed_once()

    def read(self) -> bytes:
        return self.http_response.read()

    @property
    def text(self) -> str:
        self.http_response.read()
        return self.http_response.text

    def json(self) -> Any:
        self.http_response.read()
        return self.http_response.json()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        return self.http_response.iter_bytes(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.http_response.iter_lines()

    def close(self) -> None:
        self.http_response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncAPIResponse(_BaseAPIResponse[R]):
    """The async :class:`APIResponse`: reading the body is awaited."""

    async def parse(self) -> R:
        await self.http_response.aread()
        return self._parsed_once()

    async def read(self) -> bytes:
        return await self.http_response.aread()

    async def text(self) -> str:
        await self.http_response.aread()
        return self.http_response.text

    async def json(self) -> Any:
        await self.http_response.aread()
        return self.http_response.json()

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        return self.http_response.aiter_bytes(chunk_size)

    def iter_lines(self) -> AsyncIterator[str]:
        return self.http_response.aiter_lines()

    async def close(self) -> None:
        await self.http_response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


class ResponseContextManager(Generic[R]):
    """What a ``with_streaming_response`` method returns: sends on ``with``, closes the response after."""

    def __init__(self, send: Callable[[], APIResponse[R]]) -> None:
        self._send = send
        self._response: APIResponse[R] | None = None

    def __enter__(self) -> APIResponse[R]:
        self._response = self._send()
        return self._response

    def __exit__(self, *exc: object) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[R]):
    """The async :class:`ResponseContextManager`: ``async with``."""

    def __init__(self, send: Callable[[], Awaitable[AsyncAPIResponse[R]]]) -> None:
        self._send = send
        self._response: AsyncAPIResponse[R] | None = None

    async def __aenter__(self) -> AsyncAPIResponse[R]:
        self._response = await self._send()
        return self._response

    async def __aexit__(self, *exc: object) -> None:
        if self._response is not None:
            await self._response.close()
