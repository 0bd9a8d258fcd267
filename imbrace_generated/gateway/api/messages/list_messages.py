from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.message_list import MessageList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 10,
    skip: int | Unset = 0,
    conversation_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["skip"] = skip

    params["conversation_id"] = conversation_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channel-service/v1/conversation_messages",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | MessageList:
    if response.status_code == 200:
        response_200 = MessageList.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | MessageList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    skip: int | Unset = 0,
    conversation_id: str | Unset = UNSET,
) -> Response[Error | MessageList]:
    """Messages, newest first, a page at a time; of one conversation with `conversation_id` (the spec's
    required filter; the docs' call omits it and gets the organization's).

    Args:
        limit (int | Unset):  Default: 10.
        skip (int | Unset):  Default: 0.
        conversation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        conversation_id=conversation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    skip: int | Unset = 0,
    conversation_id: str | Unset = UNSET,
) -> Error | MessageList | None:
    """Messages, newest first, a page at a time; of one conversation with `conversation_id` (the spec's
    required filter; the docs' call omits it and gets the organization's).

    Args:
        limit (int | Unset):  Default: 10.
        skip (int | Unset):  Default: 0.
        conversation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        skip=skip,
        conversation_id=conversation_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    skip: int | Unset = 0,
    conversation_id: str | Unset = UNSET,
) -> Response[Error | MessageList]:
    """Messages, newest first, a page at a time; of one conversation with `conversation_id` (the spec's
    required filter; the docs' call omits it and gets the organization's).

    Args:
        limit (int | Unset):  Default: 10.
        skip (int | Unset):  Default: 0.
        conversation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        conversation_id=conversation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    skip: int | Unset = 0,
    conversation_id: str | Unset = UNSET,
) -> Error | MessageList | None:
    """Messages, newest first, a page at a time; of one conversation with `conversation_id` (the spec's
    required filter; the docs' call omits it and gets the organization's).

    Args:
        limit (int | Unset):  Default: 10.
        skip (int | Unset):  Default: 0.
        conversation_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            skip=skip,
            conversation_id=conversation_id,
        )
    ).parsed
