from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.team_user import TeamUser
from ...types import Response, path_segment


def _get_kwargs(
    team_id: str,
    team_user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/platform/v2/teams/{team_id}/user/{team_user_id}/approve".format(
            team_id=path_segment("team_id", team_id),
            team_user_id=path_segment("team_user_id", team_user_id),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TeamUser:
    if response.status_code == 200:
        response_200 = TeamUser.from_dict(response.json())

        return response_200

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
    team_user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | TeamUser]:
    """Approve a pending join request; the user becomes a member.

    Args:
        team_id (str):
        team_user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamUser]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        team_user_id=team_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: str,
    team_user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | TeamUser | None:
    """Approve a pending join request; the user becomes a member.

    Args:
        team_id (str):
        team_user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamUser
    """

    return sync_detailed(
        team_id=team_id,
        team_user_id=team_user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    team_id: str,
    team_user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | TeamUser]:
    """Approve a pending join request; the user becomes a member.

    Args:
        team_id (str):
        team_user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamUser]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        team_user_id=team_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    team_user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | TeamUser | None:
    """Approve a pending join request; the user becomes a member.

    Args:
        team_id (str):
        team_user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamUser
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            team_user_id=team_user_id,
            client=client,
        )
    ).parsed
