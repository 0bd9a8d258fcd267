from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.touchpoint import Touchpoint
from ...types import Response, path_segment


def _get_kwargs(
    touchpoint_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channel-service/v1/touchpoints/{touchpoint_id}".format(
            touchpoint_id=path_segment("touchpoint_id", touchpoint_id),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Touchpoint:
    if response.status_code == 200:
        response_200 = Touchpoint.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Touchpoint]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    touchpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Touchpoint]:
    """A touchpoint.

    Args:
        touchpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Touchpoint]
    """

    kwargs = _get_kwargs(
        touchpoint_id=touchpoint_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    touchpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Touchpoint | None:
    """A touchpoint.

    Args:
        touchpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Touchpoint
    """

    return sync_detailed(
        touchpoint_id=touchpoint_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    touchpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Touchpoint]:
    """A touchpoint.

    Args:
        touchpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Touchpoint]
    """

    kwargs = _get_kwargs(
        touchpoint_id=touchpoint_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    touchpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Touchpoint | None:
    """A touchpoint.

    Args:
        touchpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Touchpoint
    """

    return (
        await asyncio_detailed(
            touchpoint_id=touchpoint_id,
            client=client,
        )
    ).parsed
