"""What every namespace shares: calling an operation by its operationId through the client's transport.

Sync and async resources differ only in awaiting the transport; request building and parsing live in
:mod:`imbrace._operations`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import httpx

from .._operations import MultipartBody, operation

if TYPE_CHECKING:
    from .._client import AsyncImbraceClient, ImbraceClient


class SyncResource:
    _service: ClassVar[str]

    def __init__(self, client: ImbraceClient) -> None:
        self._client = client

    def _call(
        self,
        op_id: str,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
    ) -> Any:
        op = operation(self._service, op_id)
        try:
            kwargs = op.request_kwargs(path or {}, query or {}, body)
            response = self._client._transport.send(kwargs, self._client._options)
        finally:
            if isinstance(body, MultipartBody):
                body.close()
        return op.parse(response)

    def _open(
        self,
        op_id: str,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        accept: str = "*/*",
    ) -> httpx.Response:
        """Send and return the response unread, for streams and downloads."""
        op = operation(self._service, op_id)
        kwargs = op.request_kwargs(path or {}, query or {}, body)
        return self._client._transport.send(kwargs, self._client._options, stream=True, accept=accept)


class AsyncResource:
    _service: ClassVar[str]

    def __init__(self, client: AsyncImbraceClient) -> None:
        self._client = client

    async def _call(
        self,
        op_id: str,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
    ) -> Any:
        op = operation(self._service, op_id)
        try:
            kwargs = op.request_kwargs(path or {}, query or {}, body)
            response = await self._client._transport.send(kwargs, self._client._options)
        finally:
            if isinstance(body, MultipartBody):
                body.close()
        return op.parse(response)

    async def _open(
        self,
        op_id: str,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        accept: str = "*/*",
    ) -> httpx.Response:
        op = operation(self._service, op_id)
        kwargs = op.request_kwargs(path or {}, query or {}, body)
        return await self._client._transport.send(kwargs, self._client._options, stream=True, accept=accept)
