from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.team_join_request import TeamJoinRequest
from ...models.team_user import TeamUser
from ...types import Response, path_segment


def _get_kwargs(
    team_id: str,
    *,
    body: TeamJoinRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/platform/v2/teams/{team_id}/join_request".format(
            team_id=path_segment("team_id", team_id),
        ),
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
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TeamJoinRequest,
) -> Response[Error | TeamUser]:
    """Ask to join a team; the request is a pending membership until approved.

    Args:
        team_id (str):
        body (TeamJoinRequest): A request to join a team (the incumbent passes the body through;
            `message` is our reading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamUser]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TeamJoinRequest,
) -> Error | TeamUser | None:
    """Ask to join a team; the request is a pending membership until approved.

    Args:
        team_id (str):
        body (TeamJoinRequest): A request to join a team (the incumbent passes the body through;
            `message` is our reading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamUser
    """

    return sync_detailed(
        team_id=team_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TeamJoinRequest,
) -> Response[Error | TeamUser]:
    """Ask to join a team; the request is a pending membership until approved.

    Args:
        team_id (str):
        body (TeamJoinRequest): A request to join a team (the incumbent passes the body through;
            `message` is our reading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamUser]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TeamJoinRequest,
) -> Error | TeamUser | None:
    """Ask to join a team; the request is a pending membership until approved.

    Args:
        team_id (str):
        body (TeamJoinRequest): A request to join a team (the incumbent passes the body through;
            `message` is our reading).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamUser
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
            body=body,
        )
    ).parsed
