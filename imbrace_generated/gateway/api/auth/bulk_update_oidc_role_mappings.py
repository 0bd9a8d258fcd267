from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.oidc_role_mapping import OidcRoleMapping
from ...models.oidc_role_mapping_bulk import OidcRoleMappingBulk
from ...types import Response


def _get_kwargs(
    *,
    body: OidcRoleMappingBulk,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/platform/v1/oidc_role_mappings/bulk",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[OidcRoleMapping]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = OidcRoleMapping.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[OidcRoleMapping]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OidcRoleMappingBulk,
) -> Response[Error | list[OidcRoleMapping]]:
    """Replace the organization's OIDC role mappings with the given list.

    Args:
        body (OidcRoleMappingBulk):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[OidcRoleMapping]]
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
    body: OidcRoleMappingBulk,
) -> Error | list[OidcRoleMapping] | None:
    """Replace the organization's OIDC role mappings with the given list.

    Args:
        body (OidcRoleMappingBulk):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[OidcRoleMapping]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OidcRoleMappingBulk,
) -> Response[Error | list[OidcRoleMapping]]:
    """Replace the organization's OIDC role mappings with the given list.

    Args:
        body (OidcRoleMappingBulk):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[OidcRoleMapping]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OidcRoleMappingBulk,
) -> Error | list[OidcRoleMapping] | None:
    """Replace the organization's OIDC role mappings with the given list.

    Args:
        body (OidcRoleMappingBulk):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[OidcRoleMapping]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
