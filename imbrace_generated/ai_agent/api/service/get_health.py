from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.health import Health
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    detailed: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["detailed"] = detailed

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ai-agent/health",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Health:
    if response.status_code == 200:
        response_200 = Health.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Health]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    detailed: bool | Unset = False,
) -> Response[Error | Health]:
    """Service health; `detailed=true` adds per-dependency checks.

    Args:
        detailed (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Health]
    """

    kwargs = _get_kwargs(
        detailed=detailed,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    detailed: bool | Unset = False,
) -> Error | Health | None:
    """Service health; `detailed=true` adds per-dependency checks.

    Args:
        detailed (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Health
    """

    return sync_detailed(
        client=client,
        detailed=detailed,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    detailed: bool | Unset = False,
) -> Response[Error | Health]:
    """Service health; `detailed=true` adds per-dependency checks.

    Args:
        detailed (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Health]
    """

    kwargs = _get_kwargs(
        detailed=detailed,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    detailed: bool | Unset = False,
) -> Error | Health | None:
    """Service health; `detailed=true` adds per-dependency checks.

    Args:
        detailed (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Health
    """

    return (
        await asyncio_detailed(
            client=client,
            detailed=detailed,
        )
    ).parsed
