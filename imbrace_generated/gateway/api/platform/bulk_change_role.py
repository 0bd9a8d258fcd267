from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.role_assign_many import RoleAssignMany
from ...models.role_assign_many_reply import RoleAssignManyReply
from ...types import Response


def _get_kwargs(
    *,
    body: RoleAssignMany,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/platform/v1/users/_bulk_change_role",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | RoleAssignManyReply:
    if response.status_code == 200:
        response_200 = RoleAssignManyReply.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RoleAssignManyReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RoleAssignMany,
) -> Response[Error | RoleAssignManyReply]:
    """Give several users a role in one call (all or none).

    Args:
        body (RoleAssignMany): The incumbent's `{user_ids, role}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RoleAssignManyReply]
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
    body: RoleAssignMany,
) -> Error | RoleAssignManyReply | None:
    """Give several users a role in one call (all or none).

    Args:
        body (RoleAssignMany): The incumbent's `{user_ids, role}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RoleAssignManyReply
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RoleAssignMany,
) -> Response[Error | RoleAssignManyReply]:
    """Give several users a role in one call (all or none).

    Args:
        body (RoleAssignMany): The incumbent's `{user_ids, role}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RoleAssignManyReply]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RoleAssignMany,
) -> Error | RoleAssignManyReply | None:
    """Give several users a role in one call (all or none).

    Args:
        body (RoleAssignMany): The incumbent's `{user_ids, role}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RoleAssignManyReply
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
