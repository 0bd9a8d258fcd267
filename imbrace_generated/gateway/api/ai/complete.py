import contextlib
from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.completion import Completion
from ...models.completion_input import CompletionInput
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: CompletionInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/ai/completions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Completion | Error:
    if response.status_code == 200:
        response_200 = Completion.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Completion | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompletionInput,
) -> Response[Completion | Error]:
    """A chat completion; with `stream` true, `chat.completion.chunk` events ending with `[DONE]`.

    Args:
        body (CompletionInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Completion | Error]
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
    body: CompletionInput,
) -> Completion | Error | None:
    """A chat completion; with `stream` true, `chat.completion.chunk` events ending with `[DONE]`.

    Args:
        body (CompletionInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Completion | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompletionInput,
) -> Response[Completion | Error]:
    """A chat completion; with `stream` true, `chat.completion.chunk` events ending with `[DONE]`.

    Args:
        body (CompletionInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Completion | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CompletionInput,
) -> Completion | Error | None:
    """A chat completion; with `stream` true, `chat.completion.chunk` events ending with `[DONE]`.

    Args:
        body (CompletionInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Completion | Error
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
    body: CompletionInput,
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
    body: CompletionInput,
) -> AsyncIterator[httpx.Response]:
    """Async twin of stream()."""
    kwargs = _get_kwargs(
        body=body,
    )
    async with client.get_async_httpx_client().stream(**_stream_kwargs(kwargs)) as response:
        yield response
