from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.conversation_status import ConversationStatus
from ...models.conversation_views_count_reply import ConversationViewsCountReply
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: ConversationStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channel-service/v1/team_conversations/_views_count",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversationViewsCountReply | Error:
    if response.status_code == 200:
        response_200 = ConversationViewsCountReply.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConversationViewsCountReply | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: ConversationStatus | Unset = UNSET,
) -> Response[ConversationViewsCountReply | Error]:
    """Conversations per view and per status in the organization (`type`, the docs' form, picks the status
    the views count).

    Args:
        type_ (ConversationStatus | Unset): The docs' statuses (`open`, `resolved`); `closed` is
            the issue's (a guess).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationViewsCountReply | Error]
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: ConversationStatus | Unset = UNSET,
) -> ConversationViewsCountReply | Error | None:
    """Conversations per view and per status in the organization (`type`, the docs' form, picks the status
    the views count).

    Args:
        type_ (ConversationStatus | Unset): The docs' statuses (`open`, `resolved`); `closed` is
            the issue's (a guess).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationViewsCountReply | Error
    """

    return sync_detailed(
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: ConversationStatus | Unset = UNSET,
) -> Response[ConversationViewsCountReply | Error]:
    """Conversations per view and per status in the organization (`type`, the docs' form, picks the status
    the views count).

    Args:
        type_ (ConversationStatus | Unset): The docs' statuses (`open`, `resolved`); `closed` is
            the issue's (a guess).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationViewsCountReply | Error]
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: ConversationStatus | Unset = UNSET,
) -> ConversationViewsCountReply | Error | None:
    """Conversations per view and per status in the organization (`type`, the docs' form, picks the status
    the views count).

    Args:
        type_ (ConversationStatus | Unset): The docs' statuses (`open`, `resolved`); `closed` is
            the issue's (a guess).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationViewsCountReply | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
        )
    ).parsed
