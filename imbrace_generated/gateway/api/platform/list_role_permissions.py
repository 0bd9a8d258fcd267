from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_role_permissions_scope import ListRolePermissionsScope
from ...models.permission_catalogue import PermissionCatalogue
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    scope: ListRolePermissionsScope | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_scope: str | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = scope

    params["scope"] = json_scope

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/platform/v1/roles/permissions",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | PermissionCatalogue:
    if response.status_code == 200:
        response_200 = PermissionCatalogue.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PermissionCatalogue]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    scope: ListRolePermissionsScope | Unset = UNSET,
) -> Response[Error | PermissionCatalogue]:
    """Every permission a role can hold, grouped by resource (`scope`: `org` or `team`).

    Args:
        scope (ListRolePermissionsScope | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PermissionCatalogue]
    """

    kwargs = _get_kwargs(
        scope=scope,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    scope: ListRolePermissionsScope | Unset = UNSET,
) -> Error | PermissionCatalogue | None:
    """Every permission a role can hold, grouped by resource (`scope`: `org` or `team`).

    Args:
        scope (ListRolePermissionsScope | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PermissionCatalogue
    """

    return sync_detailed(
        client=client,
        scope=scope,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    scope: ListRolePermissionsScope | Unset = UNSET,
) -> Response[Error | PermissionCatalogue]:
    """Every permission a role can hold, grouped by resource (`scope`: `org` or `team`).

    Args:
        scope (ListRolePermissionsScope | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PermissionCatalogue]
    """

    kwargs = _get_kwargs(
        scope=scope,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    scope: ListRolePermissionsScope | Unset = UNSET,
) -> Error | PermissionCatalogue | None:
    """Every permission a role can hold, grouped by resource (`scope`: `org` or `team`).

    Args:
        scope (ListRolePermissionsScope | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PermissionCatalogue
    """

    return (
        await asyncio_detailed(
            client=client,
            scope=scope,
        )
    ).parsed
