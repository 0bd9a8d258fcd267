import contextlib
from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response, path_segment


def _get_kwargs(
    chat_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ai-agent/chat-client/chats/{chat_id}/status/stream".format(
            chat_id=path_segment("chat_id", chat_id),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | str:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    chat_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | str]:
    """Long-lived SSE: `data: {"status": ...}` events while the chat changes, `:` comment heartbeats
    between.

    Args:
        chat_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        chat_id=chat_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    chat_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | str | None:
    """Long-lived SSE: `data: {"status": ...}` events while the chat changes, `:` comment heartbeats
    between.

    Args:
        chat_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return sync_detailed(
        chat_id=chat_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    chat_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | str]:
    """Long-lived SSE: `data: {"status": ...}` events while the chat changes, `:` comment heartbeats
    between.

    Args:
        chat_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        chat_id=chat_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    chat_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | str | None:
    """Long-lived SSE: `data: {"status": ...}` events while the chat changes, `:` comment heartbeats
    between.

    Args:
        chat_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return (
        await asyncio_detailed(
            chat_id=chat_id,
            client=client,
        )
    ).parsed


def _stream_kwargs(kwargs: dict[str, Any]) -> dict[str, Any]:
    headers = dict(kwargs.get("headers") or {})
    headers.setdefault("Accept", "text/event-stream")
    return {**kwargs, "headers": headers}


@contextlib.contextmanager
def stream(
    chat_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Iterator[httpx.Response]:
    """Send the request and yield the unread response: iterate its body as the events arrive."""
    kwargs = _get_kwargs(
        chat_id=chat_id,
    )
    with client.get_httpx_client().stream(**_stream_kwargs(kwargs)) as response:
        yield response


@contextlib.asynccontextmanager
async def astream(
    chat_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AsyncIterator[httpx.Response]:
    """Async twin of stream()."""
    kwargs = _get_kwargs(
        chat_id=chat_id,
    )
    async with client.get_async_httpx_client().stream(**_stream_kwargs(kwargs)) as response:
        yield response
