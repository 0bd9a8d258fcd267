import contextlib
from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sub_agent_chat_request import SubAgentChatRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SubAgentChatRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ai-agent/v2/sub-agent-chat",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: SubAgentChatRequest,
) -> Response[Error | str]:
    """Chat with a sub-agent inside a team session; streams like `/v2/chat`.

    Args:
        body (SubAgentChatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SubAgentChatRequest,
) -> Error | str | None:
    """Chat with a sub-agent inside a team session; streams like `/v2/chat`.

    Args:
        body (SubAgentChatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubAgentChatRequest,
) -> Response[Error | str]:
    """Chat with a sub-agent inside a team session; streams like `/v2/chat`.

    Args:
        body (SubAgentChatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SubAgentChatRequest,
) -> Error | str | None:
    """Chat with a sub-agent inside a team session; streams like `/v2/chat`.

    Args:
        body (SubAgentChatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def _stream_kwargs(kwargs: dict[str, Any]) -> dict[str, Any]:
    headers = dict(kwargs.get("headers") or {})
    headers.setdefault("Accept", "text/event-stream")
    return {**kwargs, "headers": headers}


@contextlib.contextmanager
def stream(
    *,
    client: AuthenticatedClient | Client,
    body: SubAgentChatRequest,
) -> Iterator[httpx.Response]:
    """Send the request and yield the unread response: iterate its body as the events arrive."""
    kwargs = _get_kwargs(
        body=body,
    )
    with client.get_httpx_client().stream(**_stream_kwargs(kwargs)) as response:
        yield response


@contextlib.asynccontextmanager
async def astream(
    *,
    client: AuthenticatedClient | Client,
    body: SubAgentChatRequest,
) -> AsyncIterator[httpx.Response]:
    """Async twin of stream()."""
    kwargs = _get_kwargs(
        body=body,
    )
    async with client.get_async_httpx_client().stream(**_stream_kwargs(kwargs)) as response:
        yield response
