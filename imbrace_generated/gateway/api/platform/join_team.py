from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.team_membership_body import TeamMembershipBody
from ...models.team_user import TeamUser
from ...types import Response


def _get_kwargs(
    *,
    body: TeamMembershipBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/platform/v2/teams/_join_team",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TeamUser:
    if response.status_code == 200:
        response_200 = TeamUser.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = TeamUser.from_dict(response.json())

        return response_201

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | TeamUser]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TeamMembershipBody,
) -> Response[Error | TeamUser]:
    """Join a team as the signed-in user.

    Args:
        body (TeamMembershipBody): The team to join or leave (the incumbent passes the body
            through; `team_id` is our reading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamUser]
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
    body: TeamMembershipBody,
) -> Error | TeamUser | None:
    """Join a team as the signed-in user.

    Args:
        body (TeamMembershipBody): The team to join or leave (the incumbent passes the body
            through; `team_id` is our reading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamUser
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TeamMembershipBody,
) -> Response[Error | TeamUser]:
    """Join a team as the signed-in user.

    Args:
        body (TeamMembershipBody): The team to join or leave (the incumbent passes the body
            through; `team_id` is our reading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamUser]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TeamMembershipBody,
) -> Error | TeamUser | None:
    """Join a team as the signed-in user.

    Args:
        body (TeamMembershipBody): The team to join or leave (the incumbent passes the body
            through; `team_id` is our reading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamUser
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
