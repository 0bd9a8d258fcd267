from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.role import Role
from ...models.role_create import RoleCreate
from ...types import Response


def _get_kwargs(
    *,
    body: RoleCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/platform/v1/roles",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Role:
    if response.status_code == 200:
        response_200 = Role.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Role.from_dict(response.json())

        return response_201

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Role]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RoleCreate,
) -> Response[Error | Role]:
    """Create a role; its `key` must not clash with a system role or another of the organization's (409).

    Args:
        body (RoleCreate): The incumbent's create body; `key` is `^[a-z][a-z0-9_]{1,49}$` and must
            not clash with a system role.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Role]
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
    body: RoleCreate,
) -> Error | Role | None:
    """Create a role; its `key` must not clash with a system role or another of the organization's (409).

    Args:
        body (RoleCreate): The incumbent's create body; `key` is `^[a-z][a-z0-9_]{1,49}$` and must
            not clash with a system role.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Role
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RoleCreate,
) -> Response[Error | Role]:
    """Create a role; its `key` must not clash with a system role or another of the organization's (409).

    Args:
        body (RoleCreate): The incumbent's create body; `key` is `^[a-z][a-z0-9_]{1,49}$` and must
            not clash with a system role.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Role]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RoleCreate,
) -> Error | Role | None:
    """Create a role; its `key` must not clash with a system role or another of the organization's (409).

    Args:
        body (RoleCreate): The incumbent's create body; `key` is `^[a-z][a-z0-9_]{1,49}$` and must
            not clash with a system role.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Role
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
