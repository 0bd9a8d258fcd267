from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.channel_list import ChannelList
from ...models.error import Error
from ...models.list_channels_type import ListChannelsType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: ListChannelsType | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params["limit"] = limit

    params["offset"] = offset

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channel-service/v1/channels",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChannelList | Error:
    if response.status_code == 200:
        response_200 = ChannelList.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ChannelList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: ListChannelsType | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Response[ChannelList | Error]:
    """The organization's channels, optionally of one `type`, a page at a time (`limit` with `offset`, as
    spec:channel.json pages, or with `page`, as the official package's `list_all` pages).

    Args:
        type_ (ListChannelsType | Unset):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelList | Error]
    """

    kwargs = _get_kwargs(
        type_=type_,
        limit=limit,
        offset=offset,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: ListChannelsType | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> ChannelList | Error | None:
    """The organization's channels, optionally of one `type`, a page at a time (`limit` with `offset`, as
    spec:channel.json pages, or with `page`, as the official package's `list_all` pages).

    Args:
        type_ (ListChannelsType | Unset):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelList | Error
    """

    return sync_detailed(
        client=client,
        type_=type_,
        limit=limit,
        offset=offset,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: ListChannelsType | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Response[ChannelList | Error]:
    """The organization's channels, optionally of one `type`, a page at a time (`limit` with `offset`, as
    spec:channel.json pages, or with `page`, as the official package's `list_all` pages).

    Args:
        type_ (ListChannelsType | Unset):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChannelList | Error]
    """

    kwargs = _get_kwargs(
        type_=type_,
        limit=limit,
        offset=offset,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: ListChannelsType | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> ChannelList | Error | None:
    """The organization's channels, optionally of one `type`, a page at a time (`limit` with `offset`, as
    spec:channel.json pages, or with `page`, as the official package's `list_all` pages).

    Args:
        type_ (ListChannelsType | Unset):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChannelList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            limit=limit,
            offset=offset,
            page=page,
        )
    ).parsed
