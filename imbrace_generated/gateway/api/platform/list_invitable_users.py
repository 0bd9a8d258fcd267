from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_invitable_users_type import ListInvitableUsersType
from ...models.user_list import UserList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    team_id: str,
    type_: ListInvitableUsersType | Unset = "team_id",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["team_id"] = team_id

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/platform/v2/team_users/_invite_list",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | UserList:
    if response.status_code == 200:
        response_200 = UserList.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | UserList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    team_id: str,
    type_: ListInvitableUsersType | Unset = "team_id",
) -> Response[Error | UserList]:
    """Users of the organization who can be added to a team (not yet members).

    Args:
        team_id (str):
        type_ (ListInvitableUsersType | Unset):  Default: 'team_id'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserList]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    team_id: str,
    type_: ListInvitableUsersType | Unset = "team_id",
) -> Error | UserList | None:
    """Users of the organization who can be added to a team (not yet members).

    Args:
        team_id (str):
        type_ (ListInvitableUsersType | Unset):  Default: 'team_id'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserList
    """

    return sync_detailed(
        client=client,
        team_id=team_id,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    team_id: str,
    type_: ListInvitableUsersType | Unset = "team_id",
) -> Response[Error | UserList]:
    """Users of the organization who can be added to a team (not yet members).

    Args:
        team_id (str):
        type_ (ListInvitableUsersType | Unset):  Default: 'team_id'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserList]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    team_id: str,
    type_: ListInvitableUsersType | Unset = "team_id",
) -> Error | UserList | None:
    """Users of the organization who can be added to a team (not yet members).

    Args:
        team_id (str):
        type_ (ListInvitableUsersType | Unset):  Default: 'team_id'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UserList
    """

    return (
        await asyncio_detailed(
            client=client,
            team_id=team_id,
            type_=type_,
        )
    ).parsed
