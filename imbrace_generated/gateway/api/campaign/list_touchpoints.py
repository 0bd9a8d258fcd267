from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.touchpoint_list import TouchpointList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    campaign_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    channel_id: str | Unset = UNSET,
    is_archived: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["campaign_id"] = campaign_id

    params["status"] = status

    params["channel_id"] = channel_id

    params["is_archived"] = is_archived

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channel-service/v1/touchpoints",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TouchpointList:
    if response.status_code == 200:
        response_200 = TouchpointList.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | TouchpointList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    channel_id: str | Unset = UNSET,
    is_archived: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[Error | TouchpointList]:
    """Touchpoints `{data, total}`, filtered by campaign, status or channel, a page at a time
    (`offset`/`limit`).

    Args:
        campaign_id (str | Unset):
        status (str | Unset):
        channel_id (str | Unset):
        is_archived (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TouchpointList]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        status=status,
        channel_id=channel_id,
        is_archived=is_archived,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    channel_id: str | Unset = UNSET,
    is_archived: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Error | TouchpointList | None:
    """Touchpoints `{data, total}`, filtered by campaign, status or channel, a page at a time
    (`offset`/`limit`).

    Args:
        campaign_id (str | Unset):
        status (str | Unset):
        channel_id (str | Unset):
        is_archived (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TouchpointList
    """

    return sync_detailed(
        client=client,
        campaign_id=campaign_id,
        status=status,
        channel_id=channel_id,
        is_archived=is_archived,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    channel_id: str | Unset = UNSET,
    is_archived: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[Error | TouchpointList]:
    """Touchpoints `{data, total}`, filtered by campaign, status or channel, a page at a time
    (`offset`/`limit`).

    Args:
        campaign_id (str | Unset):
        status (str | Unset):
        channel_id (str | Unset):
        is_archived (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TouchpointList]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        status=status,
        channel_id=channel_id,
        is_archived=is_archived,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    channel_id: str | Unset = UNSET,
    is_archived: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Error | TouchpointList | None:
    """Touchpoints `{data, total}`, filtered by campaign, status or channel, a page at a time
    (`offset`/`limit`).

    Args:
        campaign_id (str | Unset):
        status (str | Unset):
        channel_id (str | Unset):
        is_archived (bool | Unset):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TouchpointList
    """

    return (
        await asyncio_detailed(
            client=client,
            campaign_id=campaign_id,
            status=status,
            channel_id=channel_id,
            is_archived=is_archived,
            limit=limit,
            offset=offset,
        )
    ).parsed
