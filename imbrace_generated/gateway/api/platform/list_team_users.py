from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_team_users_type import ListTeamUsersType
from ...models.team_user_list import TeamUserList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str,
    type_: ListTeamUsersType | Unset = "team_id",
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params["limit"] = limit

    params["skip"] = skip

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/platform/v1/team_users",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | TeamUserList:
    if response.status_code == 200:
        response_200 = TeamUserList.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | TeamUserList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    type_: ListTeamUsersType | Unset = "team_id",
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[Error | TeamUserList]:
    """Members of a team (`q` is its id), a page at a time.

    Args:
        q (str):
        type_ (ListTeamUsersType | Unset):  Default: 'team_id'.
        limit (int | Unset):
        skip (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamUserList]
    """

    kwargs = _get_kwargs(
        q=q,
        type_=type_,
        limit=limit,
        skip=skip,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    type_: ListTeamUsersType | Unset = "team_id",
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Error | TeamUserList | None:
    """Members of a team (`q` is its id), a page at a time.

    Args:
        q (str):
        type_ (ListTeamUsersType | Unset):  Default: 'team_id'.
        limit (int | Unset):
        skip (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamUserList
    """

    return sync_detailed(
        client=client,
        q=q,
        type_=type_,
        limit=limit,
        skip=skip,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    type_: ListTeamUsersType | Unset = "team_id",
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[Error | TeamUserList]:
    """Members of a team (`q` is its id), a page at a time.

    Args:
        q (str):
        type_ (ListTeamUsersType | Unset):  Default: 'team_id'.
        limit (int | Unset):
        skip (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TeamUserList]
    """

    kwargs = _get_kwargs(
        q=q,
        type_=type_,
        limit=limit,
        skip=skip,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    type_: ListTeamUsersType | Unset = "team_id",
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Error | TeamUserList | None:
    """Members of a team (`q` is its id), a page at a time.

    Args:
        q (str):
        type_ (ListTeamUsersType | Unset):  Default: 'team_id'.
        limit (int | Unset):
        skip (int | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TeamUserList
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            type_=type_,
            limit=limit,
            skip=skip,
            search=search,
        )
    ).parsed
