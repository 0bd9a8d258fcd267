from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.business_unit import BusinessUnit
from ...models.error import Error
from ...types import Response, path_segment


def _get_kwargs(
    business_unit_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/platform/v1/business_units/{business_unit_id}".format(
            business_unit_id=path_segment("business_unit_id", business_unit_id),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BusinessUnit | Error:
    if response.status_code == 200:
        response_200 = BusinessUnit.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BusinessUnit | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    business_unit_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BusinessUnit | Error]:
    """One business unit.

    Args:
        business_unit_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessUnit | Error]
    """

    kwargs = _get_kwargs(
        business_unit_id=business_unit_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    business_unit_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BusinessUnit | Error | None:
    """One business unit.

    Args:
        business_unit_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessUnit | Error
    """

    return sync_detailed(
        business_unit_id=business_unit_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    business_unit_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BusinessUnit | Error]:
    """One business unit.

    Args:
        business_unit_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessUnit | Error]
    """

    kwargs = _get_kwargs(
        business_unit_id=business_unit_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    business_unit_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> BusinessUnit | Error | None:
    """One business unit.

    Args:
        business_unit_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessUnit | Error
    """

    return (
        await asyncio_detailed(
            business_unit_id=business_unit_id,
            client=client,
        )
    ).parsed
