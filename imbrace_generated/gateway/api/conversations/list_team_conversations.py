from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.conversation_list import ConversationList
from ...models.conversation_status import ConversationStatus
from ...models.conversation_view import ConversationView
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    view: ConversationView | Unset = UNSET,
    status: ConversationStatus | Unset = UNSET,
    channel_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    team_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["type"] = type_

    params["q"] = q

    params["limit"] = limit

    params["skip"] = skip

    json_view: str | Unset = UNSET
    if not isinstance(view, Unset):
        json_view = view

    params["view"] = json_view

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["channel_id"] = channel_id

    params["contact_id"] = contact_id

    params["team_id"] = team_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channel-service/v2/team_conversations",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConversationList | Error:
    if response.status_code == 200:
        response_200 = ConversationList.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConversationList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    view: ConversationView | Unset = UNSET,
    status: ConversationStatus | Unset = UNSET,
    channel_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    team_id: str | Unset = UNSET,
) -> Response[ConversationList | Error]:
    """Conversations by view, status, channel, team or contact, a page at a time (`skip`/`limit`).

    Args:
        type_ (str | Unset):
        q (str | Unset):
        limit (int | Unset):
        skip (int | Unset):
        view (ConversationView | Unset): The inbox views the issue names.
        status (ConversationStatus | Unset): The docs' statuses (`open`, `resolved`); `closed` is
            the issue's (a guess).
        channel_id (str | Unset):
        contact_id (str | Unset):
        team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationList | Error]
    """

    kwargs = _get_kwargs(
        type_=type_,
        q=q,
        limit=limit,
        skip=skip,
        view=view,
        status=status,
        channel_id=channel_id,
        contact_id=contact_id,
        team_id=team_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    view: ConversationView | Unset = UNSET,
    status: ConversationStatus | Unset = UNSET,
    channel_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    team_id: str | Unset = UNSET,
) -> ConversationList | Error | None:
    """Conversations by view, status, channel, team or contact, a page at a time (`skip`/`limit`).

    Args:
        type_ (str | Unset):
        q (str | Unset):
        limit (int | Unset):
        skip (int | Unset):
        view (ConversationView | Unset): The inbox views the issue names.
        status (ConversationStatus | Unset): The docs' statuses (`open`, `resolved`); `closed` is
            the issue's (a guess).
        channel_id (str | Unset):
        contact_id (str | Unset):
        team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationList | Error
    """

    return sync_detailed(
        client=client,
        type_=type_,
        q=q,
        limit=limit,
        skip=skip,
        view=view,
        status=status,
        channel_id=channel_id,
        contact_id=contact_id,
        team_id=team_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    view: ConversationView | Unset = UNSET,
    status: ConversationStatus | Unset = UNSET,
    channel_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    team_id: str | Unset = UNSET,
) -> Response[ConversationList | Error]:
    """Conversations by view, status, channel, team or contact, a page at a time (`skip`/`limit`).

    Args:
        type_ (str | Unset):
        q (str | Unset):
        limit (int | Unset):
        skip (int | Unset):
        view (ConversationView | Unset): The inbox views the issue names.
        status (ConversationStatus | Unset): The docs' statuses (`open`, `resolved`); `closed` is
            the issue's (a guess).
        channel_id (str | Unset):
        contact_id (str | Unset):
        team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationList | Error]
    """

    kwargs = _get_kwargs(
        type_=type_,
        q=q,
        limit=limit,
        skip=skip,
        view=view,
        status=status,
        channel_id=channel_id,
        contact_id=contact_id,
        team_id=team_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    view: ConversationView | Unset = UNSET,
    status: ConversationStatus | Unset = UNSET,
    channel_id: str | Unset = UNSET,
    contact_id: str | Unset = UNSET,
    team_id: str | Unset = UNSET,
) -> ConversationList | Error | None:
    """Conversations by view, status, channel, team or contact, a page at a time (`skip`/`limit`).

    Args:
        type_ (str | Unset):
        q (str | Unset):
        limit (int | Unset):
        skip (int | Unset):
        view (ConversationView | Unset): The inbox views the issue names.
        status (ConversationStatus | Unset): The docs' statuses (`open`, `resolved`); `closed` is
            the issue's (a guess).
        channel_id (str | Unset):
        contact_id (str | Unset):
        team_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            q=q,
            limit=limit,
            skip=skip,
            view=view,
            status=status,
            channel_id=channel_id,
            contact_id=contact_id,
            team_id=team_id,
        )
    ).parsed
