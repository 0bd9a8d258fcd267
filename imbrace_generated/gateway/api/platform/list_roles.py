from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_roles_scope import ListRolesScope
from ...models.role_list import RoleList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    scope: ListRolesScope | Unset = UNSET,
    team_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["skip"] = skip

    json_scope: str | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = scope

    params["scope"] = json_scope

    params["team_id"] = team_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/platform/v1/roles",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | RoleList:
    if response.status_code == 200:
        response_200 = RoleList.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | RoleList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    scope: ListRolesScope | Unset = UNSET,
    team_id: str | Unset = UNSET,
) -> Response[Error | RoleList]:
    """The organization's roles (the system roles and its own), a page at a time.

    Args:
        limit (int | Unset):
        skip (int | Unset):
        scope (ListRolesScope | Unset):
        team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RoleList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        scope=scope,
        team_id=team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    scope: ListRolesScope | Unset = UNSET,
    team_id: str | Unset = UNSET,
) -> Error | RoleList | None:
    """The organization's roles (the system roles and its own), a page at a time.

    Args:
        limit (int | Unset):
        skip (int | Unset):
        scope (ListRolesScope | Unset):
        team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RoleList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        skip=skip,
        scope=scope,
        team_id=team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    scope: ListRolesScope | Unset = UNSET,
    team_id: str | Unset = UNSET,
) -> Response[Error | RoleList]:
    """The organization's roles (the system roles and its own), a page at a time.

    Args:
        limit (int | Unset):
        skip (int | Unset):
        scope (ListRolesScope | Unset):
        team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RoleList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        skip=skip,
        scope=scope,
        team_id=team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    scope: ListRolesScope | Unset = UNSET,
    team_id: str | Unset = UNSET,
) -> Error | RoleList | None:
    """The organization's roles (the system roles and its own), a page at a time.

    Args:
        limit (int | Unset):
        skip (int | Unset):
        scope (ListRolesScope | Unset):
        team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RoleList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            skip=skip,
            scope=scope,
            team_id=team_id,
        )
    ).parsed
