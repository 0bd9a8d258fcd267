from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.conversation_user import ConversationUser
from ...models.error import Error
from ...types import Response, path_segment


def _get_kwargs(
    conv_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/channel-service/v1/team_conversations/{conv_id}/users".format(
            conv_id=path_segment("conv_id", conv_id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[ConversationUser]:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ConversationUser.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[ConversationUser]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conv_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[ConversationUser]]:
    """The organization's users who can be invited (not in the conversation yet), as a bare array.

    Args:
        conv_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ConversationUser]]
    """

    kwargs = _get_kwargs(
        conv_id=conv_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conv_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[ConversationUser] | None:
    """The organization's users who can be invited (not in the conversation yet), as a bare array.

    Args:
        conv_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ConversationUser]
    """

    return sync_detailed(
        conv_id=conv_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    conv_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[ConversationUser]]:
    """The organization's users who can be invited (not in the conversation yet), as a bare array.

    Args:
        conv_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ConversationUser]]
    """

    kwargs = _get_kwargs(
        conv_id=conv_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conv_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | list[ConversationUser] | None:
    """The organization's users who can be invited (not in the conversation yet), as a bare array.

    Args:
        conv_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ConversationUser]
    """

    return (
        await asyncio_detailed(
            conv_id=conv_id,
            client=client,
        )
    ).parsed
